// Accepted: the sum formula, computed in long so that n * (n + 1) does not overflow.
class Solution {
    public int missingNumber(int[] nums) {
        long n = nums.length;
        long sum = 0;
        for (int x : nums) sum += x;
        return (int) (n * (n + 1) / 2 - sum);
    }
}
