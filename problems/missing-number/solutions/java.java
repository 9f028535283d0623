class Solution {
    public int missingNumber(int[] nums) {
        // XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
        int acc = nums.length;
        for (int i = 0; i < nums.length; i++) acc ^= i ^ nums[i];
        return acc;
    }
}
