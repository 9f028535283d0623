# Wrong: bisect_right lets a value extend a subsequence ending in the same value,
# so it measures the longest non-decreasing subsequence.
from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums):
        tails = []
        for x in nums:
            i = bisect_right(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
