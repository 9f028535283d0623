# Answers one more than the largest value (or 1), as if no positive number could be missing in the
# middle.
class Solution:
    def firstMissingPositive(self, nums):
        return max(max(nums) + 1, 1)
