# Correct but slow: counts every value with list.count, a full scan per element: O(n^2),
# about 2 * 10^10 comparisons when n = 200001.
class Solution:
    def singleNumber(self, nums):
        for x in nums:
            if nums.count(x) == 1:
                return x
