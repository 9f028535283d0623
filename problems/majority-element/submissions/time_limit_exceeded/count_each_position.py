# Correct but slow: for every position, the whole array is scanned again to count its value:
# O(n^2), 4 * 10^10 steps for 200000 numbers without a majority.
class Solution:
    def majority(self, nums):
        n = len(nums)
        for x in nums:
            count = 0
            for y in nums:
                if y == x:
                    count += 1
            if count * 2 > n:
                return x
        return None
