import heapq


# Uses heapq directly, forgetting that it is a min-heap: every round smashes the two lightest
# stones instead of the two heaviest.
class Solution:
    def lastStoneWeight(self, stones):
        heap = list(stones)
        heapq.heapify(heap)
        while len(heap) > 1:
            x = heapq.heappop(heap)
            y = heapq.heappop(heap)
            if y != x:
                heapq.heappush(heap, y - x)
        return heap[0] if heap else 0
