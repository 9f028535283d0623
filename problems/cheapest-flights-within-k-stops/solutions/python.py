class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        # Bellman-Ford limited to k + 1 rounds: after round r, best[v] is the cheapest price to v with
        # at most r flights. Each round reads the previous round's prices (a copy), so a round adds at
        # most one flight, and only cities whose price changed in the last round are relaxed again.
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        inf = float('inf')
        best = [inf] * n
        best[src] = 0
        changed = [src]
        for _ in range(k + 1):
            if not changed:
                break
            cur = best[:]
            improved = []
            for u in changed:
                base = best[u]
                for v, p in adj[u]:
                    if base + p < cur[v]:
                        if cur[v] == best[v]:
                            improved.append(v)
                        cur[v] = base + p
            best = cur
            changed = improved
        return -1 if best[dst] == inf else best[dst]
