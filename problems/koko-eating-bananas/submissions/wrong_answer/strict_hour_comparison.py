# Wrong: accepts a speed only if it finishes in strictly fewer than h hours,
# although finishing in exactly h hours is allowed.
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum((p + mid - 1) // mid for p in piles) < h:
                hi = mid
            else:
                lo = mid + 1
        return lo
