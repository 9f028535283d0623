# Correct but O(n^2): the product of the other elements is recomputed for every position.
class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        result = []
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            result.append(p)
        return result
