# Mistake: Bellman-Ford with k + 1 rounds, but each round updates the prices in place instead of
# reading the previous round's copy, so one round can chain several flights and the stop limit is
# not respected.
class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        best = [float('inf')] * n
        best[src] = 0
        for _ in range(k + 1):
            for u, v, p in flights:
                if best[u] + p < best[v]:
                    best[v] = best[u] + p
        return -1 if best[dst] == float('inf') else best[dst]
