class Solution {
    public void solve(char[][] board) {
        // Every 'O' on the edge is safe, and so is every 'O' reachable from a safe one. Mark them 'S'
        // with an explicit stack (a region can be one path through most of the board: no recursion),
        // then turn the unmarked 'O' cells into 'X' and the marked ones back into 'O'.
        int rows = board.length, cols = board[0].length;
        int[] stack = new int[rows * cols];
        int top = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean edge = r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
                if (edge && board[r][c] == 'O') {
                    board[r][c] = 'S';
                    stack[top++] = r * cols + c;
                }
            }
        }
        while (top > 0) {
            int cell = stack[--top];
            int r = cell / cols, c = cell % cols;
            if (r > 0 && board[r - 1][c] == 'O') { board[r - 1][c] = 'S'; stack[top++] = cell - cols; }
            if (r + 1 < rows && board[r + 1][c] == 'O') { board[r + 1][c] = 'S'; stack[top++] = cell + cols; }
            if (c > 0 && board[r][c - 1] == 'O') { board[r][c - 1] = 'S'; stack[top++] = cell - 1; }
            if (c + 1 < cols && board[r][c + 1] == 'O') { board[r][c + 1] = 'S'; stack[top++] = cell + 1; }
        }
        for (char[] row : board) {
            for (int c = 0; c < cols; c++) {
                row[c] = row[c] == 'S' ? 'O' : 'X';
            }
        }
    }
}
