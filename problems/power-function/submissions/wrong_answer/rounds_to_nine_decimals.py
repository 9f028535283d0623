# Mistake: the result is rounded to 9 decimal places "to hide floating-point noise", which turns
# tiny results (around 1e-10) into 0.0.
class Solution:
    def myPow(self, x, n):
        if n < 0:
            x = 1.0 / x
            n = -n
        result = 1.0
        while n > 0:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return round(result, 9)
