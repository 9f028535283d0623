class Solution:
    def reverseBits(self, n):
        # 32 steps exactly: the lowest bit of n goes onto the end of the answer.
        res = 0
        for _ in range(32):
            res = (res << 1) | (n & 1)
            n >>= 1
        return res
