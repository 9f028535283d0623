# Mistake: sorts by the squared distance alone. Python's sort is stable, so points at the same
# distance stay in input order instead of being ordered by x, then y.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
pts = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
pts.sort(key=lambda p: p[0] * p[0] + p[1] * p[1])
print("\n".join("%d %d" % p for p in pts[:k]))
