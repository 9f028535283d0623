class Solution {
public:
    long long uniquePaths(int m, int n) {
        // row[j] = number of routes to the cell of the current row in column j
        vector<long long> row(n, 1);
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) row[j] += row[j - 1]; // from above plus from the left
        }
        return row[n - 1];
    }
};
