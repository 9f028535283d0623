# Mistake: the loop runs while n still has bits, instead of exactly 32 times; right only when the
# top bit of n is set.
class Solution:
    def reverseBits(self, n):
        res = 0
        while n:
            res = (res << 1) | (n & 1)
            n >>= 1
        return res
