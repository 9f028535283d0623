import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        # Dijkstra from k with a binary heap. A heap entry is one int, time * (n + 1) + node, which
        # is faster than a tuple; an entry is pushed only when it improves the node's best time, and
        # stale entries are skipped when popped. The answer is the time of the last node settled,
        # or -1 if some node is never reached.
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        base = n + 1
        inf = float('inf')
        best = [inf] * base
        done = [False] * base
        best[k] = 0
        heap = [k]
        reached = 0
        last = 0
        while heap:
            d, u = divmod(heapq.heappop(heap), base)
            if done[u]:
                continue
            done[u] = True
            reached += 1
            last = d
            for v, w in adj[u]:
                nd = d + w
                if nd < best[v]:
                    best[v] = nd
                    heapq.heappush(heap, nd * base + v)
        return last if reached == n else -1
