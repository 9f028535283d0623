# Counts bookings that only meet at an end point ([2,4] and [4,6]) as clashing.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals = sorted(intervals, key=lambda iv: iv[1])
        removed = 0
        last_end = None
        for start, end in intervals:
            if last_end is None or start > last_end:
                last_end = end
            else:
                removed += 1
        return removed
