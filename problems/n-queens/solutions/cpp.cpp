class Solution {
    int n = 0, full = 0;
    vector<int> cols;
    vector<vector<string>> boards;

    void place(int r, int taken, int down, int up) {
        if (r == n) {
            vector<string> board(n, string(n, '.'));
            for (int i = 0; i < n; i++) board[i][cols[i]] = 'Q';
            boards.push_back(move(board));
            return;
        }
        int free = full & ~(taken | down | up);
        while (free) {
            int bit = free & -free;
            free ^= bit;
            cols[r] = __builtin_ctz(bit);
            place(r + 1, taken | bit, ((down | bit) << 1) & full, (up | bit) >> 1);
        }
    }

public:
    vector<vector<string>> solveNQueens(int n) {
        // backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
        // already attacked, so each row only tries the free squares. The board of a placement is
        // written out when the last row is filled.
        this->n = n;
        boards.clear();
        full = (1 << n) - 1;
        cols.assign(n, 0);
        place(0, 0, 0, 0);
        return boards;
    }
};
