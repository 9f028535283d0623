# Dynamic programming over the requests sorted by start: the longest chain of compatible requests
# ending at each one, found by looking at every earlier request. Right, but quadratic.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals = sorted(intervals)
        n = len(intervals)
        best = [1] * n
        for i in range(n):
            start = intervals[i][0]
            for j in range(i):
                if intervals[j][1] <= start and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return n - max(best)
