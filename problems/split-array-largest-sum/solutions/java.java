class Solution {
    public long splitArray(int[] nums, int k) {
        // binary search on the answer: the largest part is at least max(nums), at most sum(nums)
        long lo = 0, hi = 0;
        for (int x : nums) {
            lo = Math.max(lo, x);
            hi += x;
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (fits(nums, k, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    // greedy: extend the current part while it stays within limit; count the parts
    private static boolean fits(int[] nums, int k, long limit) {
        int parts = 1;
        long current = 0;
        for (int x : nums) {
            current += x;
            if (current > limit) {
                parts++;
                if (parts > k) return false;
                current = x;
            }
        }
        return true;
    }
}
