class Solution {
    public int maxCoins(int[] nums) {
        // v = the balloons with a balloon worth 1 added at each end (never burst)
        int n = nums.length + 2;
        int[] v = new int[n];
        v[0] = 1;
        v[n - 1] = 1;
        for (int i = 0; i < nums.length; i++) v[i + 1] = nums[i];
        // best[l][r] = most coins from bursting every balloon strictly between l and r while l and r
        // are still there
        int[][] best = new int[n][n];
        for (int gap = 2; gap < n; gap++) {
            for (int l = 0; l + gap < n; l++) {
                int r = l + gap;
                int w = v[l] * v[r];
                int b = 0;
                // k = the balloon between l and r burst LAST: its neighbours are then l and r
                for (int k = l + 1; k < r; k++) {
                    int c = best[l][k] + best[k][r] + w * v[k];
                    if (c > b) b = c;
                }
                best[l][r] = b;
            }
        }
        return best[0][n - 1];
    }
}
