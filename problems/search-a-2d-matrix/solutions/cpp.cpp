class Solution {
public:
    bool searchMatrix(vector<vector<int>>& matrix, int target) {
        // the rows, read one after the other, form one sorted list of m * n numbers:
        // binary search over its positions; position p is the cell (p / n, p % n)
        int m = matrix.size(), n = matrix[0].size();
        int lo = 0, hi = m * n - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            int value = matrix[mid / n][mid % n];
            if (value == target) return true;
            if (value < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }
};
