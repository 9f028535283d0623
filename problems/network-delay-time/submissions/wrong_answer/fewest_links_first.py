# Mistake: a breadth-first search that fixes each node's time when it is first reached, i.e. along
# the route with the fewest links, which need not be the fastest route.
from collections import deque


class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n + 1)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [None] * (n + 1)
        dist[k] = 0
        queue = deque([k])
        while queue:
            u = queue.popleft()
            for v, w in adj[u]:
                if dist[v] is None:
                    dist[v] = dist[u] + w
                    queue.append(v)
        if any(d is None for d in dist[1:]):
            return -1
        return max(dist[1:])
