# Wrong: always takes as many of the largest coin as possible, then the next one.
# That is optimal for everyday currencies but not in general (1, 3, 4 for 6).
class Solution:
    def coinChange(self, coins, amount):
        count = 0
        for c in sorted(set(coins), reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
