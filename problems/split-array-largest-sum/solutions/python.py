class Solution:
    def splitArray(self, nums, k):
        def fits(limit):
            # greedy: extend the current part while it stays within limit; count the parts
            parts, current = 1, 0
            for x in nums:
                current += x
                if current > limit:
                    parts += 1
                    if parts > k:
                        return False
                    current = x
            return True

        # binary search on the answer: the largest part is at least max(nums), at most sum(nums)
        lo, hi = max(nums), sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
