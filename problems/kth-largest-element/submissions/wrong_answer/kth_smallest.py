# Wrong: sorts ascending and takes index k - 1, which is the k-th smallest value.
class Solution:
    def findKthLargest(self, nums, k):
        return sorted(nums)[k - 1]
