# Wrong: counts the hours for a pile as p // k, forgetting that a partly eaten
# pile still costs a whole hour (needs rounding up).
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 1, max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(p // mid for p in piles) <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
