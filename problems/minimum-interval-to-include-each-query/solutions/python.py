import heapq


class Solution:
    def minInterval(self, intervals, queries):
        intervals = sorted(intervals)
        answers = [-1] * len(queries)
        heap = []  # (size, right) of the intervals that start at or before the current query
        i, n = 0, len(intervals)
        for j in sorted(range(len(queries)), key=queries.__getitem__):
            q = queries[j]
            while i < n and intervals[i][0] <= q:
                left, right = intervals[i]
                heapq.heappush(heap, (right - left + 1, right))
                i += 1
            while heap and heap[0][1] < q:  # ends before q: it cannot cover any later query either
                heapq.heappop(heap)
            if heap:
                answers[j] = heap[0][0]
        return answers
