# Correct but slow: Prim's algorithm that, to add each lamp, looks at every cable between a lamp in
# the network and a lamp outside it. That is about n^3 / 6 cables: over 10^8 for n = 1000.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pts = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
in_tree = [False] * n
in_tree[0] = True
total = 0
for _ in range(n - 1):
    best, pick = None, -1
    for u in range(n):
        if not in_tree[u]:
            continue
        ux, uy = pts[u]
        for v in range(n):
            if in_tree[v]:
                continue
            d = abs(ux - pts[v][0]) + abs(uy - pts[v][1])
            if best is None or d < best:
                best, pick = d, v
    in_tree[pick] = True
    total += best
print(total)
