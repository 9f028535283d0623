class Solution {
    private char[][] grid;
    private char[] w;

    public boolean exist(char[][] board, String word) {
        // backtracking from every cell: follow the word letter by letter through side neighbours,
        // marking the cells of the current path so that none is used twice
        int rows = board.length, cols = board[0].length;
        // pruning: the board must hold every letter of the word as many times as the word uses it
        int[] have = new int[128];
        for (char[] row : board) for (char ch : row) have[ch]++;
        int[] need = new int[128];
        for (int i = 0; i < word.length(); i++) need[word.charAt(i)]++;
        for (int ch = 0; ch < 128; ch++) if (need[ch] > have[ch]) return false;
        w = word.toCharArray();
        // start from the end of the word whose letter is rarer on the board: fewer starts
        if (have[w[0]] > have[w[w.length - 1]]) {
            for (int i = 0, j = w.length - 1; i < j; i++, j--) {
                char t = w[i]; w[i] = w[j]; w[j] = t;
            }
        }
        grid = new char[rows][];
        for (int r = 0; r < rows; r++) grid[r] = board[r].clone();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (follow(r, c, 0)) return true;
        return false;
    }

    private boolean follow(int r, int c, int i) {
        if (grid[r][c] != w[i]) return false;
        if (i == w.length - 1) return true;
        grid[r][c] = '#';
        boolean found = (r > 0 && follow(r - 1, c, i + 1))
            || (r + 1 < grid.length && follow(r + 1, c, i + 1))
            || (c > 0 && follow(r, c - 1, i + 1))
            || (c + 1 < grid[0].length && follow(r, c + 1, i + 1));
        grid[r][c] = w[i];
        return found;
    }
}
