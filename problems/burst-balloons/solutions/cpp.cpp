class Solution {
public:
    int maxCoins(vector<int>& nums) {
        // v = the balloons with a balloon worth 1 added at each end (never burst)
        int n = nums.size() + 2;
        vector<int> v(n, 1);
        for (size_t i = 0; i < nums.size(); i++) v[i + 1] = nums[i];
        // best[l][r] = most coins from bursting every balloon strictly between l and r while l and r
        // are still there
        vector<vector<int>> best(n, vector<int>(n, 0));
        for (int gap = 2; gap < n; gap++) {
            for (int l = 0; l + gap < n; l++) {
                int r = l + gap;
                int w = v[l] * v[r];
                int b = 0;
                // k = the balloon between l and r burst LAST: its neighbours are then l and r
                for (int k = l + 1; k < r; k++) {
                    b = max(b, best[l][k] + best[k][r] + w * v[k]);
                }
                best[l][r] = b;
            }
        }
        return best[0][n - 1];
    }
};
