from bisect import bisect_left


class Solution:
    def lengthOfLIS(self, nums):
        # tails[i] = smallest possible last value of an increasing subsequence of length i + 1
        tails = []
        for x in nums:
            i = bisect_left(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
