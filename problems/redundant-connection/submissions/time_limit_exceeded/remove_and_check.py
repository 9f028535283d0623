# Correct but slow: tries the edges from the last one backwards, and for each rebuilds the graph
# without it and checks that every node is still reached (a tree). When the cycle's edges come early
# in the list, that is a full search for almost every edge: n * n steps.
class Solution:
    def findRedundantConnection(self, edges):
        n = len(edges)
        for skip in range(n - 1, -1, -1):
            adj = [[] for _ in range(n + 1)]
            for i, (a, b) in enumerate(edges):
                if i != skip:
                    adj[a].append(b)
                    adj[b].append(a)
            seen = [False] * (n + 1)
            seen[1] = True
            stack = [1]
            reached = 1
            while stack:
                v = stack.pop()
                for w in adj[v]:
                    if not seen[w]:
                        seen[w] = True
                        reached += 1
                        stack.append(w)
            if reached == n:
                return edges[skip]
        return []
