# Mistake: sorts, then compares the values two by two; when every compared pair matches it
# returns the first value instead of the last one, which is the lonely value in that case.
class Solution:
    def singleNumber(self, nums):
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[0]
