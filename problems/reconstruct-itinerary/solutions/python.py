from collections import defaultdict


class Solution:
    def findItinerary(self, tickets):
        # Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so pop() gives the
        # smallest unused ticket. Follow tickets until stuck; the airport where we get stuck comes
        # last among those still to place, so it goes to the route, which is built back to front.
        out = defaultdict(list)
        for a, b in tickets:
            out[a].append(b)
        for dests in out.values():
            dests.sort(reverse=True)
        route = []
        stack = ["SFO"]
        while stack:
            dests = out[stack[-1]]
            if dests:
                stack.append(dests.pop())
            else:
                route.append(stack.pop())
        return route[::-1]
