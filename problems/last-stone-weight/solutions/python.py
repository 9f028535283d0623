import heapq


class Solution:
    def lastStoneWeight(self, stones):
        # a max-heap of the weights (negated for heapq's min-heap): take the two heaviest, put
        # back what is left of the heavier one, until at most one stone remains
        heap = [-s for s in stones]
        heapq.heapify(heap)
        while len(heap) > 1:
            y = -heapq.heappop(heap)
            x = -heap[0]
            if y == x:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, x - y)  # the heaviest left, negated: -(y - x)
        return -heap[0] if heap else 0
