class Solution:
    def myPow(self, x, n):
        # binary exponentiation: O(log |n|) multiplications
        if n < 0:
            x = 1.0 / x
            n = -n
        result = 1.0
        while n > 0:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
