// Wrong: the DP is right but it counts in 32-bit ints, which overflow once the grid has more
// than 2^31 routes (20 x 20 already has 35345263800).
class Solution {
    public long uniquePaths(int m, int n) {
        int[] row = new int[n];
        java.util.Arrays.fill(row, 1);
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) row[j] += row[j - 1];
        }
        return row[n - 1];
    }
}
