# Mistake: a Dijkstra that marks a node as done when it is pushed onto the heap instead of when it
# is popped, so the first time found for a node is kept even if a cheaper route turns up later.
import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [None] * (n + 1)
        dist[k] = 0
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            for v, w in adj[u]:
                if dist[v] is None:
                    dist[v] = d + w
                    heapq.heappush(heap, (d + w, v))
        if any(x is None for x in dist[1:]):
            return -1
        return max(dist[1:])
