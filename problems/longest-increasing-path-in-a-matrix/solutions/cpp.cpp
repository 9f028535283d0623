class Solution {
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        // Cells taken from the highest value down: each strictly higher neighbour is already final.
        int rows = matrix.size(), cols = matrix[0].size(), total = rows * cols;
        vector<int> flat(total);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) flat[r * cols + c] = matrix[r][c];
        vector<int> order(total);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return flat[a] > flat[b]; });
        vector<int> best(total, 1);
        int answer = 0;
        for (int i : order) {
            int v = flat[i], c = i % cols, b = 1;
            if (i >= cols && flat[i - cols] > v) b = max(b, best[i - cols] + 1);
            if (i + cols < total && flat[i + cols] > v) b = max(b, best[i + cols] + 1);
            if (c > 0 && flat[i - 1] > v) b = max(b, best[i - 1] + 1);
            if (c + 1 < cols && flat[i + 1] > v) b = max(b, best[i + 1] + 1);
            best[i] = b;
            answer = max(answer, b);
        }
        return answer;
    }
};
