import java.util.*;

class Solution {
    public int longestIncreasingPath(int[][] matrix) {
        // Cells taken from the highest value down: each strictly higher neighbour is already final.
        int rows = matrix.length, cols = matrix[0].length, total = rows * cols;
        int[] flat = new int[total];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) flat[r * cols + c] = matrix[r][c];
        // sort (value, index) pairs packed in a long: the value shifted to be non-negative
        long[] keys = new long[total];
        for (int i = 0; i < total; i++) keys[i] = (((long) flat[i] - Integer.MIN_VALUE) << 16) | i;
        Arrays.sort(keys);
        int[] best = new int[total];
        int answer = 0;
        for (int k = total - 1; k >= 0; k--) {
            int i = (int) (keys[k] & 0xFFFF), v = flat[i], c = i % cols, b = 1;
            if (i >= cols && flat[i - cols] > v) b = Math.max(b, best[i - cols] + 1);
            if (i + cols < total && flat[i + cols] > v) b = Math.max(b, best[i + cols] + 1);
            if (c > 0 && flat[i - 1] > v) b = Math.max(b, best[i - 1] + 1);
            if (c + 1 < cols && flat[i + 1] > v) b = Math.max(b, best[i + 1] + 1);
            best[i] = b;
            answer = Math.max(answer, b);
        }
        return answer;
    }
}
