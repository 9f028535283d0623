# Starts the best sum at 0, as if the empty subarray were allowed: an array of negative numbers
# gets 0 instead of its largest element.
class Solution:
    def maxSubArray(self, nums):
        best = current = 0
        for x in nums:
            current = max(0, current + x)
            best = max(best, current)
        return best
