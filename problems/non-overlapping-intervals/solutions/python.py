class Solution:
    def eraseOverlapIntervals(self, intervals):
        # keep greedily the request that frees the hall first; count the ones that clash with it
        intervals = sorted(intervals, key=lambda iv: iv[1])
        removed = 0
        last_end = None
        for start, end in intervals:
            if last_end is None or start >= last_end:
                last_end = end
            else:
                removed += 1
        return removed
