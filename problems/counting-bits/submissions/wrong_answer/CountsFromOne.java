// Mistake (Java): returns an array of n entries for 1 .. n, forgetting that the answer for 0 comes
// first; every count is shifted one place to the left.
class Solution {
    public int[] countBits(int n) {
        int[] ans = new int[n];
        for (int i = 1; i <= n; i++) ans[i - 1] = Integer.bitCount(i);
        return ans;
    }
}
