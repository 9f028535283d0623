# Wrong: greedy; takes the numbers from the largest down and always puts the next one on the lighter
# pile. It finds many splits, but misses some ([3, 3, 2, 2, 2]: 3 + 3 = 2 + 2 + 2).
class Solution:
    def canPartition(self, nums):
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
