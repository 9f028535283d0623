class Solution:
    def rob(self, nums):
        # take = best total whose last chosen house is the current one; skip = best total without it
        take, skip = 0, 0
        for x in nums:
            take, skip = skip + x, max(take, skip)
        return max(take, skip)
