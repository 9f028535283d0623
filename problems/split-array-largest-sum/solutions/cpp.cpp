class Solution {
public:
    long long splitArray(vector<int>& nums, int k) {
        // binary search on the answer: the largest part is at least max(nums), at most sum(nums)
        long long lo = 0, hi = 0;
        for (int x : nums) {
            lo = max(lo, (long long)x);
            hi += x;
        }
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (fits(nums, k, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

private:
    // greedy: extend the current part while it stays within limit; count the parts
    static bool fits(const vector<int>& nums, int k, long long limit) {
        int parts = 1;
        long long current = 0;
        for (int x : nums) {
            current += x;
            if (current > limit) {
                if (++parts > k) return false;
                current = x;
            }
        }
        return true;
    }
};
