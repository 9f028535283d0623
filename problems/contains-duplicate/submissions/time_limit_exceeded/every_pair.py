# Right, but quadratic: compares every pair of positions.
class Solution:
    def containsDuplicate(self, nums):
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] == nums[j]:
                    return True
        return False
