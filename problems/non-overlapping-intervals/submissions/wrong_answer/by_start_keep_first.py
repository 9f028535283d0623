# Sorts by start and, on a clash, always turns down the later request, even when the one already
# kept runs much longer.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals = sorted(intervals)
        removed = 0
        last_end = intervals[0][1]
        for start, end in intervals[1:]:
            if start >= last_end:
                last_end = end
            else:
                removed += 1
        return removed
