class Solution {
public:
    void solve(vector<vector<char>>& board) {
        // Every 'O' on the edge is safe, and so is every 'O' reachable from a safe one. Mark them 'S'
        // with an explicit stack (a region can be one path through most of the board: no recursion),
        // then turn the unmarked 'O' cells into 'X' and the marked ones back into 'O'.
        int rows = board.size(), cols = board[0].size();
        vector<int> stack;
        stack.reserve(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                bool edge = r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
                if (edge && board[r][c] == 'O') {
                    board[r][c] = 'S';
                    stack.push_back(r * cols + c);
                }
            }
        }
        while (!stack.empty()) {
            int cell = stack.back();
            stack.pop_back();
            int r = cell / cols, c = cell % cols;
            if (r > 0 && board[r - 1][c] == 'O') { board[r - 1][c] = 'S'; stack.push_back(cell - cols); }
            if (r + 1 < rows && board[r + 1][c] == 'O') { board[r + 1][c] = 'S'; stack.push_back(cell + cols); }
            if (c > 0 && board[r][c - 1] == 'O') { board[r][c - 1] = 'S'; stack.push_back(cell - 1); }
            if (c + 1 < cols && board[r][c + 1] == 'O') { board[r][c + 1] = 'S'; stack.push_back(cell + 1); }
        }
        for (auto& row : board)
            for (char& ch : row)
                ch = ch == 'S' ? 'O' : 'X';
    }
};
