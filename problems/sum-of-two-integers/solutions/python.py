class Solution:
    def getSum(self, a, b):
        # a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
        # Python's integers are unbounded: keep everything to 32 bits so that negative numbers end.
        mask = 0xFFFFFFFF
        a &= mask
        b &= mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        # a result with the sign bit set is a negative number in two's complement
        return a if a <= 0x7FFFFFFF else ~(a ^ mask)
