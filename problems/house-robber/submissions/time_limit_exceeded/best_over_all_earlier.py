# Correct but quadratic: best[i] = nums[i] + the best plan ending at any house at least two before i.
class Solution:
    def rob(self, nums):
        n = len(nums)
        best = [0] * n
        for i in range(n):
            prev = 0
            for j in range(i - 1):
                if best[j] > prev:
                    prev = best[j]
            best[i] = nums[i] + prev
        return max(best)
