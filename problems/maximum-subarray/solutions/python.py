class Solution:
    def maxSubArray(self, nums):
        # Kadane: the best sum of a subarray ending here, and the best seen so far
        best = current = nums[0]
        for x in nums[1:]:
            current = x + current if current > 0 else x
            if current > best:
                best = current
        return best
