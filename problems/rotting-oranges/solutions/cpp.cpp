class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        // breadth-first search from all rotten oranges at once, one level per minute
        int rows = grid.size(), cols = grid[0].size(), total = rows * cols;
        vector<int> cells(total), queue(total);
        int head = 0, tail = 0, fresh = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int v = grid[r][c];
                cells[r * cols + c] = v;
                if (v == 1) fresh++;
                else if (v == 2) queue[tail++] = r * cols + c;
            }
        }
        int minutes = 0;
        while (head < tail && fresh > 0) {
            int end = tail;
            while (head < end) {
                int cell = queue[head++];
                int c = cell % cols;
                if (cell >= cols && cells[cell - cols] == 1) { cells[cell - cols] = 2; queue[tail++] = cell - cols; }
                if (cell + cols < total && cells[cell + cols] == 1) { cells[cell + cols] = 2; queue[tail++] = cell + cols; }
                if (c > 0 && cells[cell - 1] == 1) { cells[cell - 1] = 2; queue[tail++] = cell - 1; }
                if (c + 1 < cols && cells[cell + 1] == 1) { cells[cell + 1] = 2; queue[tail++] = cell + 1; }
            }
            fresh -= tail - end;
            minutes++;
        }
        return fresh == 0 ? minutes : -1;
    }
};
