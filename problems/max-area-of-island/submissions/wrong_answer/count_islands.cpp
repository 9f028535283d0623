// Mistake: returns how many islands there are instead of the area of the largest one.
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), islands = 0;
        vector<pair<int, int>> st;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != 1) continue;
                islands++;
                grid[r][c] = 0;
                st.push_back({r, c});
                while (!st.empty()) {
                    auto [y, x] = st.back();
                    st.pop_back();
                    int dy[4] = {-1, 1, 0, 0}, dx[4] = {0, 0, -1, 1};
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == 1) {
                            grid[ny][nx] = 0;
                            st.push_back({ny, nx});
                        }
                    }
                }
            }
        return islands;
    }
};
