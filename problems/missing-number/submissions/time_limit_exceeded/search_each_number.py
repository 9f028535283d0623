# Correct but slow: for each candidate 0, 1, 2, ... scans the whole list to see whether it is
# there: O(n^2), about 2 * 10^10 comparisons when the lost card is near the end of 200000.
class Solution:
    def missingNumber(self, nums):
        for k in range(len(nums) + 1):
            if k not in nums:
                return k
