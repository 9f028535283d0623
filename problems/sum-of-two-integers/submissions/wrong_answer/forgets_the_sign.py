# Mistake: keeps the values to 32 bits with a mask (so the loop ends) but returns the masked result
# as it is: a negative sum comes back as a large positive number (-5 as 4294967291).
class Solution:
    def getSum(self, a, b):
        mask = 0xFFFFFFFF
        a &= mask
        b &= mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a
