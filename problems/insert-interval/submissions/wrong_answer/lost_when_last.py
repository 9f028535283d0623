# Adds the new interval only when it meets an interval that starts after it, so a new interval
# that ends up last in the list (or goes into an empty list) is lost.
class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        result = []
        placed = False
        for s, e in intervals:
            if e < start:
                result.append([s, e])
            elif s > end:
                if not placed:
                    result.append([start, end])
                    placed = True
                result.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        return result
