// Mistake: the path may only step right or down, as in a grid-walking DP, so a climb that has to
// turn back left or up (a spiral, a snake) is cut short.
class Solution {
    public int longestIncreasingPath(int[][] matrix) {
        int rows = matrix.length, cols = matrix[0].length;
        int[][] best = new int[rows][cols];
        int answer = 0;
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = cols - 1; c >= 0; c--) {
                best[r][c] = 1;
                if (r + 1 < rows && matrix[r + 1][c] > matrix[r][c]) best[r][c] = Math.max(best[r][c], best[r + 1][c] + 1);
                if (c + 1 < cols && matrix[r][c + 1] > matrix[r][c]) best[r][c] = Math.max(best[r][c], best[r][c + 1] + 1);
                answer = Math.max(answer, best[r][c]);
            }
        }
        return answer;
    }
}
