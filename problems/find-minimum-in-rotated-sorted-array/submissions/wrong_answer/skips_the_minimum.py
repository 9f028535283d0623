# Mistake: `hi = mid - 1` when nums[mid] <= nums[hi], as in a plain binary search; but mid itself may
# be the minimum, and it is thrown away.
class Solution:
    def findMin(self, nums):
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        return nums[lo]
