# Mistake: the bit-adder loop of a language with 32-bit ints, written in Python without a mask. With a
# negative operand (an infinite row of leading 1 bits) the carry can never fall off the top: for
# 5 + (-5) or -1 + 1 it moves one place left per round, forever.
class Solution:
    def getSum(self, a, b):
        while b != 0:
            carry = (a & b) << 1
            a ^= b
            b = carry
        return a
