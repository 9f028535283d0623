class Solution:
    def findMin(self, nums):
        # binary search for the drop: nums[hi] is always on the minimum's side of the rotation
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1  # the drop is after mid
            else:
                hi = mid  # nums[mid..hi] is sorted: the minimum is at mid or before
        return nums[lo]
