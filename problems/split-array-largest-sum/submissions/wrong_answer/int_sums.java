// Mistake: the right binary search and greedy, but the sums are kept in int, as they could be when
// the numbers were small. With values up to 10^9 the total (the search's upper end) and the running
// part sum overflow 32 bits and wrap around to negative numbers.
class Solution {
    public long splitArray(int[] nums, int k) {
        int lo = 0, hi = 0;
        for (int x : nums) {
            lo = Math.max(lo, x);
            hi += x;
        }
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (fits(nums, k, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private boolean fits(int[] nums, int k, int limit) {
        int parts = 1, current = 0;
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
