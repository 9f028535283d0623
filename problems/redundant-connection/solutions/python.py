class Solution:
    def findRedundantConnection(self, edges):
        # Union-find in input order: the first edge whose ends are already connected closes the only
        # cycle, and it is the cycle's last edge in the input, so it is the answer.
        n = len(edges)
        parent = list(range(n + 1))
        for edge in edges:
            a, b = edge
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            while parent[b] != b:
                parent[b] = parent[parent[b]]
                b = parent[b]
            if a == b:
                return edge
            parent[a] = b
        return []
