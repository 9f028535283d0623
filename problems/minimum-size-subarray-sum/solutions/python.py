class Solution:
    def minSubArrayLen(self, target, nums):
        # grow the window to the right; while it reaches the target, record it and drop its left end
        best = len(nums) + 1
        total = 0
        left = 0
        for right, x in enumerate(nums):
            total += x
            while total >= target:
                if right - left + 1 < best:
                    best = right - left + 1
                total -= nums[left]
                left += 1
        return best if best <= len(nums) else 0
