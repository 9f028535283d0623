class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        result = []
        i, n = 0, len(intervals)
        # the intervals that end before the new one starts stay as they are
        while i < n and intervals[i][1] < start:
            result.append(intervals[i])
            i += 1
        # those that start no later than its end overlap or touch it: grow it over them
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        result.append([start, end])
        result.extend(intervals[i:])
        return result
