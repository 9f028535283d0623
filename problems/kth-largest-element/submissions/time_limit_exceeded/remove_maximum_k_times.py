# Correct but slow: removes the maximum k - 1 times and returns the next maximum.
# Each step scans the whole list: O(n * k).
class Solution:
    def findKthLargest(self, nums, k):
        nums = list(nums)
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
