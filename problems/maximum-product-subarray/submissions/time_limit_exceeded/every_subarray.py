# Correct but quadratic: multiplies out every subarray from every start.
class Solution:
    def maxProduct(self, nums):
        best = nums[0]
        n = len(nums)
        for i in range(n):
            p = 1
            for j in range(i, n):
                p *= nums[j]
                if p > best:
                    best = p
        return best
