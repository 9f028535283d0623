# Correct but O(n^3): tries every triple of indices.
class Solution:
    def threeSum(self, nums):
        nums = sorted(nums)
        n = len(nums)
        found = set()
        for i in range(n):
            for j in range(i + 1, n):
                for k in range(j + 1, n):
                    if nums[i] + nums[j] + nums[k] == 0:
                        found.add((nums[i], nums[j], nums[k]))
        return [list(t) for t in found]
