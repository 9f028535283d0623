# Wrong: greedy; robs the richest house still allowed, blocks its two neighbours, and repeats.
class Solution:
    def rob(self, nums):
        n = len(nums)
        blocked = [False] * n
        total = 0
        for i in sorted(range(n), key=lambda i: -nums[i]):
            if not blocked[i]:
                total += nums[i]
                blocked[i] = True
                if i > 0:
                    blocked[i - 1] = True
                if i + 1 < n:
                    blocked[i + 1] = True
        return total
