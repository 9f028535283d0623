# Mistake: a negative exponent is treated like a positive one (x^-n computed as x^n).
class Solution:
    def myPow(self, x, n):
        n = abs(n)
        result = 1.0
        while n > 0:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
