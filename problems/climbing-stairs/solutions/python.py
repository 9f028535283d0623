class Solution:
    def climbStairs(self, n):
        # ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values
        a, b = 1, 1  # ways(0), ways(1)
        for _ in range(n - 1):
            a, b = b, a + b
        return b
