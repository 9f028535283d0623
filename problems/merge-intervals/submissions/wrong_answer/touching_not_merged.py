# Mistake: intervals that only touch ([1,4] and [4,5]) are treated as separate (strict <).
class Solution:
    def merge(self, intervals):
        intervals = sorted(intervals)
        result = []
        for start, end in intervals:
            if result and start < result[-1][1]:
                result[-1][1] = max(result[-1][1], end)
            else:
                result.append([start, end])
        return result
