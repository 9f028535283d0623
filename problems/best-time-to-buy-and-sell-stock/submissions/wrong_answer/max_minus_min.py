# Wrong: the largest price minus the smallest price, ignoring that the buying day
# must come before the selling day.
class Solution:
    def maxProfit(self, prices):
        return max(prices) - min(prices)
