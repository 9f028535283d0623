class Solution {
public:
    vector<int> countBits(int n) {
        // i >> 1 drops the last bit of i and is already done: ans[i] = ans[i >> 1] + (i & 1).
        vector<int> ans(n + 1, 0);
        for (int i = 1; i <= n; i++) ans[i] = ans[i >> 1] + (i & 1);
        return ans;
    }
};
