# Right, but quadratic: from every start, extends the subarray until it holds more than k values.
class Solution:
    def subarraysWithKDistinct(self, nums, k):
        n = len(nums)
        total = 0
        for i in range(n):
            seen = set()
            for j in range(i, n):
                seen.add(nums[j])
                if len(seen) > k:
                    break
                if len(seen) == k:
                    total += 1
        return total
