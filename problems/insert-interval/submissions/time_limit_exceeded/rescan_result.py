# Adds the intervals one by one, each time scanning everything added so far for an overlap:
# quadratic in the number of intervals.
class Solution:
    def insert(self, intervals, newInterval):
        result = []
        for s, e in intervals + [newInterval]:
            j = 0
            while j < len(result):
                if result[j][0] <= e and s <= result[j][1]:
                    s, e = min(s, result[j][0]), max(e, result[j][1])
                    result.pop(j)
                else:
                    j += 1
            result.append([s, e])
        result.sort()
        return result
