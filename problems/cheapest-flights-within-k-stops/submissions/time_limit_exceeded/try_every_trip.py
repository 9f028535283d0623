# Correct but slow: a depth-first search that tries every trip of at most k + 1 flights from the
# source, keeping the cheapest that ends at the destination. With many flights and many stops
# allowed the number of trips explodes.
class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        best = float('inf')
        stack = [(src, 0, 0)]
        while stack:
            city, cost, used = stack.pop()
            if city == dst:
                best = min(best, cost)
                continue
            if used == k + 1:
                continue
            for v, p in adj[city]:
                stack.append((v, cost + p, used + 1))
        return -1 if best == float('inf') else best
