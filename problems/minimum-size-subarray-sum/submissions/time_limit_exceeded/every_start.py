# Right, but quadratic: from every start, adds elements until the sum reaches the target.
class Solution:
    def minSubArrayLen(self, target, nums):
        n = len(nums)
        best = 0
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total >= target:
                    if best == 0 or j - i + 1 < best:
                        best = j - i + 1
                    break
        return best
