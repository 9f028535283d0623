# Wrong: an inclusive upper bound with `while lo < hi`: the loop ends while one
# candidate is still unchecked (a single-element array is never looked at).
class Solution:
    def search(self, nums, target):
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
