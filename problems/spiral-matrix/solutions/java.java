class Solution {
    public int[] spiralOrder(int[][] matrix) {
        // Four borders move inwards after each side is walked; the bottom row and the left column are
        // walked only while the borders have not crossed (else a single row or column repeats).
        int m = matrix.length, n = matrix[0].length;
        int[] res = new int[m * n];
        int k = 0;
        int top = 0, bottom = m - 1, left = 0, right = n - 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) res[k++] = matrix[top][c];
            top++;
            for (int r = top; r <= bottom; r++) res[k++] = matrix[r][right];
            right--;
            if (top <= bottom) {
                for (int c = right; c >= left; c--) res[k++] = matrix[bottom][c];
                bottom--;
            }
            if (left <= right) {
                for (int r = bottom; r >= top; r--) res[k++] = matrix[r][left];
                left++;
            }
        }
        return res;
    }
}
