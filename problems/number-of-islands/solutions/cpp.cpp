class Solution {
public:
    int numIslands(vector<string>& grid) {
        // iterative flood fill with an explicit stack (no recursion)
        int rows = grid.size(), cols = grid[0].size();
        vector<char> land(rows * cols);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                land[r * cols + c] = grid[r][c] == '1';
        vector<int> stack;
        stack.reserve(rows * cols);
        int islands = 0;
        for (int start = 0; start < rows * cols; start++) {
            if (!land[start]) continue;
            islands++;
            land[start] = 0;
            stack.push_back(start);
            while (!stack.empty()) {
                int cell = stack.back();
                stack.pop_back();
                int r = cell / cols, c = cell % cols;
                if (r > 0 && land[cell - cols]) { land[cell - cols] = 0; stack.push_back(cell - cols); }
                if (r + 1 < rows && land[cell + cols]) { land[cell + cols] = 0; stack.push_back(cell + cols); }
                if (c > 0 && land[cell - 1]) { land[cell - 1] = 0; stack.push_back(cell - 1); }
                if (c + 1 < cols && land[cell + 1]) { land[cell + 1] = 0; stack.push_back(cell + 1); }
            }
        }
        return islands;
    }
};
