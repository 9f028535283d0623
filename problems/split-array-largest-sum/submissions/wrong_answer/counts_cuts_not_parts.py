# Mistake: the greedy starts counting at 0, so it counts the cuts rather than the parts, and accepts a
# limit that needs k + 1 parts: the answer comes out too small whenever k < n.
class Solution:
    def splitArray(self, nums, k):
        def fits(limit):
            parts, current = 0, 0
            for x in nums:
                current += x
                if current > limit:
                    parts += 1
                    current = x
            return parts <= k

        lo, hi = max(nums), sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
