# Mistake: the right Dijkstra-like search, but the time starts from the neighbours of the start, as if
# the swimmer were already in the water: the start plot's own height is never counted.
import sys
from heapq import heappush, heappop

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n * n]))
goal = n * n - 1
seen = [False] * (n * n)
seen[0] = True
heap = [(0, 0)]
t = 0
while heap:
    height, cell = heappop(heap)
    t = max(t, height)
    if cell == goal:
        break
    r, c = divmod(cell, n)
    for m, ok in ((cell - n, r > 0), (cell + n, r < n - 1), (cell - 1, c > 0), (cell + 1, c < n - 1)):
        if ok and not seen[m]:
            seen[m] = True
            heappush(heap, (h[m], m))
print(t)
