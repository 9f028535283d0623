# Correct but slow: the classic DP where each element looks at every earlier one,
# O(n^2).
class Solution:
    def lengthOfLIS(self, nums):
        n = len(nums)
        best = [1] * n
        for i in range(n):
            x = nums[i]
            b = 1
            for j in range(i):
                if nums[j] < x and best[j] + 1 > b:
                    b = best[j] + 1
            best[i] = b
        return max(best)
