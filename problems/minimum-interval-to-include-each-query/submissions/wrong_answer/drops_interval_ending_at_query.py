# Throws away an interval when its right end reaches the query, but an interval still covers the
# number at its right end.
import heapq


class Solution:
    def minInterval(self, intervals, queries):
        intervals = sorted(intervals)
        answers = [-1] * len(queries)
        heap = []
        i = 0
        for j in sorted(range(len(queries)), key=queries.__getitem__):
            q = queries[j]
            while i < len(intervals) and intervals[i][0] <= q:
                heapq.heappush(heap, (intervals[i][1] - intervals[i][0] + 1, intervals[i][1]))
                i += 1
            while heap and heap[0][1] <= q:
                heapq.heappop(heap)
            if heap:
                answers[j] = heap[0][0]
        return answers
