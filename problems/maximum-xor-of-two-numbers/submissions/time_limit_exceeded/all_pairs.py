# Correct but slow: tries every pair, about 2 * 10^10 of them for 200000 numbers.
class Solution:
    def findMaximumXOR(self, nums):
        best = 0
        n = len(nums)
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, n):
                if x ^ nums[j] > best:
                    best = x ^ nums[j]
        return best
