# Correct but slow: tries every buying day with every later selling day, O(n^2).
class Solution:
    def maxProfit(self, prices):
        best = 0
        n = len(prices)
        for i in range(n):
            for j in range(i + 1, n):
                if prices[j] - prices[i] > best:
                    best = prices[j] - prices[i]
        return best
