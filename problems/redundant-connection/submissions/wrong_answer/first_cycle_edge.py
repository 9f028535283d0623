# Mistake: finds the cycle (by peeling off leaves until only the cycle is left) but returns the
# cycle's FIRST edge in the input instead of its last one.
class Solution:
    def findRedundantConnection(self, edges):
        n = len(edges)
        adj = [[] for _ in range(n + 1)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        degree = [len(x) for x in adj]
        leaves = [v for v in range(1, n + 1) if degree[v] == 1]
        removed = [False] * (n + 1)
        while leaves:
            v = leaves.pop()
            removed[v] = True
            for w in adj[v]:
                if not removed[w]:
                    degree[w] -= 1
                    if degree[w] == 1:
                        leaves.append(w)
        for a, b in edges:
            if not removed[a] and not removed[b]:
                return [a, b]
        return []
