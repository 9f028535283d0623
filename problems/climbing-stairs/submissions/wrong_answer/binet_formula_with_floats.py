# Wrong: the closed form with floating-point powers of the golden ratio; rounding
# errors grow with n and the result is off by a few for the largest n.
import math


class Solution:
    def climbStairs(self, n):
        sqrt5 = math.sqrt(5)
        phi = (1 + sqrt5) / 2
        psi = (1 - sqrt5) / 2
        return round((phi ** (n + 1) - psi ** (n + 1)) / sqrt5)
