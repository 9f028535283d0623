class Solution {
    public long maxSubArray(int[] nums) {
        long best = nums[0];
        long current = nums[0];
        for (int i = 1; i < nums.length; i++) {
            current = current > 0 ? current + nums[i] : nums[i];
            best = Math.max(best, current);
        }
        return best;
    }
}
