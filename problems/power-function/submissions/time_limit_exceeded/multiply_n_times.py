# O(|n|) multiplications instead of O(log |n|): hopeless for exponents near 2^31.
class Solution:
    def myPow(self, x, n):
        if n < 0:
            x = 1.0 / x
            n = -n
        result = 1.0
        for _ in range(n):
            result *= x
        return result
