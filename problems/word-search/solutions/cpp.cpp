class Solution {
    vector<vector<char>> grid;
    string w;

    bool follow(int r, int c, size_t i) {
        if (grid[r][c] != w[i]) return false;
        if (i + 1 == w.size()) return true;
        grid[r][c] = '#';
        bool found = (r > 0 && follow(r - 1, c, i + 1))
            || (r + 1 < (int)grid.size() && follow(r + 1, c, i + 1))
            || (c > 0 && follow(r, c - 1, i + 1))
            || (c + 1 < (int)grid[0].size() && follow(r, c + 1, i + 1));
        grid[r][c] = w[i];
        return found;
    }

public:
    bool exist(vector<vector<char>>& board, string word) {
        // backtracking from every cell: follow the word letter by letter through side neighbours,
        // marking the cells of the current path so that none is used twice
        int rows = board.size(), cols = board[0].size();
        // pruning: the board must hold every letter of the word as many times as the word uses it
        int have[128] = {0}, need[128] = {0};
        for (auto& row : board) for (char ch : row) have[(int)ch]++;
        for (char ch : word) need[(int)ch]++;
        for (int ch = 0; ch < 128; ch++) if (need[ch] > have[ch]) return false;
        w = word;
        // start from the end of the word whose letter is rarer on the board: fewer starts
        if (have[(int)w.front()] > have[(int)w.back()]) reverse(w.begin(), w.end());
        grid = board;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (follow(r, c, 0)) return true;
        return false;
    }
};
