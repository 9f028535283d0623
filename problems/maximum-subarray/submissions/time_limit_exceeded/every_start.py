# Tries every start and extends it to every end: right, but quadratic.
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        n = len(nums)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total > best:
                    best = total
        return best
