# Mistake: returns the first edge both of whose ends already appeared in earlier edges, as if that
# meant they were already connected. Two separate pieces can meet through such an edge without any
# cycle.
class Solution:
    def findRedundantConnection(self, edges):
        seen = set()
        for a, b in edges:
            if a in seen and b in seen:
                return [a, b]
            seen.add(a)
            seen.add(b)
        return edges[-1]
