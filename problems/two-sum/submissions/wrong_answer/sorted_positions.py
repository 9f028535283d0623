# Mistake: sorts the numbers and uses two pointers, but returns positions in the sorted array
# instead of the original indices.
class Solution:
    def twoSum(self, nums, target):
        a = sorted(nums)
        lo, hi = 0, len(a) - 1
        while lo < hi:
            s = a[lo] + a[hi]
            if s == target:
                return [lo, hi]
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
