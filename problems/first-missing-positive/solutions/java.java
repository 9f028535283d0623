class Solution {
    public int firstMissingPositive(int[] nums) {
        // the answer is in 1..n+1: put every value v of 1..n at index v - 1 by swapping, then the
        // first index i that does not hold i + 1 gives the answer
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int v = nums[i];
            while (v >= 1 && v <= n && nums[v - 1] != v) {  // stop on a duplicate: its place is taken
                nums[i] = nums[v - 1];
                nums[v - 1] = v;
                v = nums[i];
            }
        }
        for (int i = 0; i < n; i++) if (nums[i] != i + 1) return i + 1;
        return n + 1;
    }
}
