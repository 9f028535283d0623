class Solution {
public:
    vector<int> twoSumSorted(vector<int>& numbers, int target) {
        // two pointers: a sum too small can only grow by moving the left one, a sum too large can
        // only shrink by moving the right one (the sum is taken in long long to be safe)
        int lo = 0, hi = (int) numbers.size() - 1;
        while (lo < hi) {
            long long s = (long long) numbers[lo] + numbers[hi];
            if (s == target) return {lo + 1, hi + 1};
            if (s < target) lo++;
            else hi--;
        }
        return {};
    }
};
