// Mistake (Java): the sum formula in int. For n = 200000, n * (n + 1) is about 4 * 10^10 and wraps
// around before the division by 2, so the expected total is wrong on the largest tests (the small
// ones all pass).
class Solution {
    public int missingNumber(int[] nums) {
        int n = nums.length;
        int total = n * (n + 1) / 2;
        int sum = 0;
        for (int x : nums) sum += x;
        return total - sum;
    }
}
