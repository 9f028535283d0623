// Mistake: writes the board with the queen of row r in column n - 1 - cols[r] for the rows after
// the first (an index slip while building the strings), which turns most boards into wrong ones.
class Solution {
    int n = 0;
    vector<int> cols;
    vector<vector<string>> boards;

    bool free(int r, int c) {
        for (int i = 0; i < r; i++)
            if (cols[i] == c || abs(cols[i] - c) == r - i) return false;
        return true;
    }

    void place(int r) {
        if (r == n) {
            vector<string> board(n, string(n, '.'));
            board[0][cols[0]] = 'Q';
            for (int i = 1; i < n; i++) board[i][n - 1 - cols[i]] = 'Q';
            boards.push_back(board);
            return;
        }
        for (int c = 0; c < n; c++) {
            if (free(r, c)) {
                cols[r] = c;
                place(r + 1);
            }
        }
    }

public:
    vector<vector<string>> solveNQueens(int n) {
        this->n = n;
        cols.assign(n, 0);
        place(0);
        return boards;
    }
};
