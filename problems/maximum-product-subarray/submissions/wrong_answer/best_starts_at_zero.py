# Wrong: starts the best answer at 0 instead of at the first element, so an array whose every
# subarray has a negative product (a single negative number) answers 0.
class Solution:
    def maxProduct(self, nums):
        hi = lo = 1
        best = 0
        for x in nums:
            a, b = hi * x, lo * x
            hi, lo = max(x, a, b), min(x, a, b)
            best = max(best, hi)
        return best
