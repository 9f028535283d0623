class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        // iterative flood fill with an explicit stack (an island can be a path of 500000 cells)
        int rows = grid.size(), cols = grid[0].size(), total = rows * cols;
        vector<char> land(total);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                land[r * cols + c] = grid[r][c] == 1;
        vector<int> stack(total);
        int best = 0;
        for (int start = 0; start < total; start++) {
            if (!land[start]) continue;
            land[start] = 0;
            int top = 0, size = 0;
            stack[top++] = start;
            while (top > 0) {
                int cell = stack[--top];
                size++;
                int c = cell % cols;
                if (cell >= cols && land[cell - cols]) { land[cell - cols] = 0; stack[top++] = cell - cols; }
                if (cell + cols < total && land[cell + cols]) { land[cell + cols] = 0; stack[top++] = cell + cols; }
                if (c > 0 && land[cell - 1]) { land[cell - 1] = 0; stack[top++] = cell - 1; }
                if (c + 1 < cols && land[cell + 1]) { land[cell + 1] = 0; stack[top++] = cell + 1; }
            }
            best = max(best, size);
        }
        return best;
    }
};
