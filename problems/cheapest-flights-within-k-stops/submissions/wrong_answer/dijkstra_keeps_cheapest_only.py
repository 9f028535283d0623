# Mistake: a Dijkstra by price that settles each city once, at its cheapest price, and drops trips
# that use too many flights. A dearer way into a city with fewer flights is then never tried, though
# it may be the only way to reach the destination within k stops.
import heapq


class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        done = [False] * n
        heap = [(0, src, 0)]
        while heap:
            cost, city, used = heapq.heappop(heap)
            if done[city]:
                continue
            done[city] = True
            if city == dst:
                return cost
            if used == k + 1:
                continue
            for v, p in adj[city]:
                if not done[v]:
                    heapq.heappush(heap, (cost + p, v, used + 1))
        return -1
