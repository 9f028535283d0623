# Sorts into a new list, which the caller never sees: nums itself is left as it was.
class Solution:
    def sortColors(self, nums):
        nums = sorted(nums)
