# Off by one in the comparison: shrinks only while the sum is strictly greater than the target, so a
# window whose sum is exactly the target is never counted.
class Solution:
    def minSubArrayLen(self, target, nums):
        best = len(nums) + 1
        total = 0
        left = 0
        for right, x in enumerate(nums):
            total += x
            while total > target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
        return best if best <= len(nums) else 0
