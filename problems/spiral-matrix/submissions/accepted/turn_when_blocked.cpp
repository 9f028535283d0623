// Accepted: walks the grid and turns right whenever the next cell is outside or already visited,
// remembering the visited cells in a second grid.
class Solution {
public:
    vector<int> spiralOrder(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        vector<vector<bool>> seen(m, vector<bool>(n, false));
        const int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
        vector<int> res;
        res.reserve(m * n);
        int r = 0, c = 0, d = 0;
        for (int k = 0; k < m * n; k++) {
            res.push_back(matrix[r][c]);
            seen[r][c] = true;
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc]) {
                d = (d + 1) % 4;
                nr = r + dr[d];
                nc = c + dc[d];
            }
            r = nr;
            c = nc;
        }
        return res;
    }
};
