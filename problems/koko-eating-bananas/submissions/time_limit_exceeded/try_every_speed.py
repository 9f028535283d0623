# Correct but slow: tries the speeds 1, 2, 3, ... until one is fast enough. The
# answer can be as large as 10^9.
class Solution:
    def minEatingSpeed(self, piles, h):
        k = 1
        while sum((p + k - 1) // k for p in piles) > h:
            k += 1
        return k
