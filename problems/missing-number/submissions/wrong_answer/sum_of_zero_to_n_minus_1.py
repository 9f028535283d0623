# Mistake: the full deck's total is taken as 0 + 1 + ... + (n - 1), forgetting that the deck has
# n + 1 cards (0..n), so every answer comes out n too small (or negative).
class Solution:
    def missingNumber(self, nums):
        n = len(nums)
        return n * (n - 1) // 2 - sum(nums)
