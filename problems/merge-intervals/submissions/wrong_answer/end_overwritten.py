# Mistake: when merging, the end is overwritten instead of taking the maximum, so an interval
# nested inside the previous one shrinks it.
class Solution:
    def merge(self, intervals):
        intervals = sorted(intervals)
        result = []
        for start, end in intervals:
            if result and start <= result[-1][1]:
                result[-1][1] = end
            else:
                result.append([start, end])
        return result
