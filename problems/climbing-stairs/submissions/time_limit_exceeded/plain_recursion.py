# Correct but slow: ways(n) = ways(n - 1) + ways(n - 2) without remembering
# anything, so the number of calls grows like the answer itself (about 1.6^n).
class Solution:
    def climbStairs(self, n):
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
