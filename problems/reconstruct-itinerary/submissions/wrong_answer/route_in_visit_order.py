# Mistake: Hierholzer's walk, but each airport is written down when it is first reached instead of
# when it is left for good, so a detour that was closed later is placed in the wrong position.
from collections import defaultdict


class Solution:
    def findItinerary(self, tickets):
        out = defaultdict(list)
        for a, b in tickets:
            out[a].append(b)
        for dests in out.values():
            dests.sort(reverse=True)
        route = []

        def visit(airport):
            route.append(airport)
            while out[airport]:
                visit(out[airport].pop())

        visit("SFO")
        return route
