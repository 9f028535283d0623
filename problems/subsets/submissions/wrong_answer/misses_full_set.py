# Mistake: an off-by-one in the bit-mask loop stops before the last mask, 2^n - 1, so the subset
# holding every value is missing.
class Solution:
    def subsets(self, nums):
        values = sorted(nums)
        n = len(values)
        return [[values[i] for i in range(n) if mask >> i & 1] for mask in range((1 << n) - 1)]
