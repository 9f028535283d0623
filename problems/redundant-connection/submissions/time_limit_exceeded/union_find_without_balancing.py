# Right answer, but the union-find neither balances its trees nor shortens its paths: with the edges
# of a star given in order, the tree becomes one long chain and every lookup walks all of it.
class Solution:
    def findRedundantConnection(self, edges):
        parent = list(range(len(edges) + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return [a, b]
            parent[ra] = rb
        return []
