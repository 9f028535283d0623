# Wrong: uses `amount` itself as the "impossible" marker, but `amount` coins is a
# real answer (all coins of value 1) and so is 0 coins for amount 0.
class Solution:
    def coinChange(self, coins, amount):
        dp = [0] + [amount] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a and dp[a - c] + 1 < dp[a]:
                    dp[a] = dp[a - c] + 1
        return -1 if dp[amount] == amount else dp[amount]
