# Wrong: starts the recurrence one step too early (ways(1) = ways(2) = 1), so the
# answer for n is the answer for n - 1.
class Solution:
    def climbStairs(self, n):
        a, b = 0, 1
        for _ in range(n - 1):
            a, b = b, a + b
        return b
