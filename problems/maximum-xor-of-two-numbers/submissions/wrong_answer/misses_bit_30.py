# Wrong: builds the answer from bit 29 down, as if the numbers had 30 bits; numbers at or above
# 2^30 lose their top bit.
class Solution:
    def findMaximumXOR(self, nums):
        best = 0
        for shift in range(29, -1, -1):
            prefixes = {(x >> shift) & ((1 << (30 - shift)) - 1) for x in nums}
            want = best * 2 + 1
            best = want if any(p ^ want in prefixes for p in prefixes) else want - 1
        return best
