// Mistake (Java): remembers the columns to clear in a boolean array but clears each row as soon as it
// is scanned. Rows below a 0 are then cleared in its column correctly, but rows above it were
// already passed and keep their values in that column.
class Solution {
    public void setZeroes(int[][] matrix) {
        int m = matrix.length, n = matrix[0].length;
        boolean[] zeroCol = new boolean[n];
        for (int i = 0; i < m; i++) {
            boolean rowHasZero = false;
            for (int j = 0; j < n; j++) {
                if (matrix[i][j] == 0) {
                    rowHasZero = true;
                    zeroCol[j] = true;
                }
            }
            for (int j = 0; j < n; j++) {
                if (rowHasZero || zeroCol[j]) matrix[i][j] = 0;
            }
        }
    }
}
