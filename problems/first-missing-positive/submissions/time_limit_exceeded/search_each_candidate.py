# Right, but quadratic: tries 1, 2, 3, ... and scans the whole list for each candidate.
class Solution:
    def firstMissingPositive(self, nums):
        k = 1
        while k in nums:
            k += 1
        return k
