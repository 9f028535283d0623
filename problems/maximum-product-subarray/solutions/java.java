class Solution {
    public long maxProduct(int[] nums) {
        // hi / lo = largest / smallest product of a subarray ending at the current element: a
        // negative number turns the smallest product into the largest one
        long hi = nums[0], lo = nums[0], best = nums[0];
        for (int i = 1; i < nums.length; i++) {
            long x = nums[i];
            long a = hi * x, b = lo * x;
            hi = Math.max(x, Math.max(a, b));
            lo = Math.min(x, Math.min(a, b));
            best = Math.max(best, hi);
        }
        return best;
    }
}
