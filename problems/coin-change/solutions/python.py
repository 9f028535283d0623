class Solution:
    def coinChange(self, coins, amount):
        # dp[a] = fewest coins that make a (amount + 1 means impossible)
        inf = amount + 1
        dp = [0] + [inf] * amount
        for c in set(coins):
            if c > amount:
                continue
            for a in range(c, amount + 1):
                v = dp[a - c] + 1
                if v < dp[a]:
                    dp[a] = v
        return dp[amount] if dp[amount] != inf else -1
