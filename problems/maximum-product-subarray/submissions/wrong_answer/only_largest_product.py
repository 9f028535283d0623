# Wrong: Kadane's idea copied from the maximum SUM subarray: keeps only the largest product ending
# here, but two negative numbers make a large positive product out of the SMALLEST one.
class Solution:
    def maxProduct(self, nums):
        hi = best = nums[0]
        for x in nums[1:]:
            hi = max(x, hi * x)
            best = max(best, hi)
        return best
