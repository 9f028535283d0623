# Mistake: an off-by-one copied from a "running total" template: the loop starts at index 1, so
# nums[0] is never folded into the XOR. Right only when nums[0] happens to be 0.
class Solution:
    def singleNumber(self, nums):
        acc = 0
        for i in range(1, len(nums)):
            acc ^= nums[i]
        return acc
