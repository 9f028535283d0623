// Correct but slow: a depth-first search from every cell that tries every increasing path and
// remembers nothing, so the same climbs are explored again and again (exponentially many paths on
// a matrix that rises along both axes).
class Solution {
    int rows, cols;
    int climb(vector<vector<int>>& m, int r, int c) {
        int best = 1;
        static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && m[nr][nc] > m[r][c])
                best = max(best, 1 + climb(m, nr, nc));
        }
        return best;
    }
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        rows = matrix.size();
        cols = matrix[0].size();
        int answer = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) answer = max(answer, climb(matrix, r, c));
        return answer;
    }
};
