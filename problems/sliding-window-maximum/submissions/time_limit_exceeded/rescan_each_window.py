# Correct but O(n * k): takes the maximum of every window from scratch.
class Solution:
    def maxSlidingWindow(self, nums, k):
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
