class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // dp[a] = fewest coins that make a (amount + 1 means impossible)
        int inf = amount + 1;
        vector<int> dp(amount + 1, inf);
        dp[0] = 0;
        for (int c : coins) {
            if (c > amount) continue;
            for (int a = c; a <= amount; a++) {
                dp[a] = min(dp[a], dp[a - c] + 1);
            }
        }
        return dp[amount] == inf ? -1 : dp[amount];
    }
};
