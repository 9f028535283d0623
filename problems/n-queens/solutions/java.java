import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Solution {
    private int n;
    private int full;
    private int[] cols;
    private final List<String[]> boards = new ArrayList<>();

    public String[][] solveNQueens(int n) {
        // backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
        // already attacked, so each row only tries the free squares. The board of a placement is
        // written out when the last row is filled.
        this.n = n;
        boards.clear();
        full = (1 << n) - 1;
        cols = new int[n];
        place(0, 0, 0, 0);
        return boards.toArray(new String[0][]);
    }

    private void place(int r, int taken, int down, int up) {
        if (r == n) {
            String[] board = new String[n];
            char[] row = new char[n];
            for (int i = 0; i < n; i++) {
                Arrays.fill(row, '.');
                row[cols[i]] = 'Q';
                board[i] = new String(row);
            }
            boards.add(board);
            return;
        }
        int free = full & ~(taken | down | up);
        while (free != 0) {
            int bit = free & -free;
            free ^= bit;
            cols[r] = Integer.numberOfTrailingZeros(bit);
            place(r + 1, taken | bit, ((down | bit) << 1) & full, (up | bit) >> 1);
        }
    }
}
