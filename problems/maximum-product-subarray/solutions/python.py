class Solution:
    def maxProduct(self, nums):
        # hi / lo = largest / smallest product of a subarray ending at the current element: a
        # negative number turns the smallest product into the largest one
        hi = lo = best = nums[0]
        for x in nums[1:]:
            a, b = hi * x, lo * x
            if a < b:
                a, b = b, a
            hi = x if x > a else a
            lo = x if x < b else b
            if hi > best:
                best = hi
        return best
