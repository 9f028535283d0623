// Mistake: marks the cells of a path as used but never clears the mark when the search backs out of
// a dead end, so a later path cannot go through the cells of an abandoned one.
class Solution {
    private char[][] board;
    private String word;
    private boolean[][] used;

    public boolean exist(char[][] board, String word) {
        this.board = board;
        this.word = word;
        used = new boolean[board.length][board[0].length];
        for (int r = 0; r < board.length; r++)
            for (int c = 0; c < board[0].length; c++)
                if (follow(r, c, 0)) return true;
        return false;
    }

    private boolean follow(int r, int c, int i) {
        if (i == word.length()) return true;
        if (r < 0 || c < 0 || r >= board.length || c >= board[0].length) return false;
        if (used[r][c] || board[r][c] != word.charAt(i)) return false;
        used[r][c] = true;
        return follow(r + 1, c, i + 1) || follow(r - 1, c, i + 1)
            || follow(r, c + 1, i + 1) || follow(r, c - 1, i + 1);
    }
}
