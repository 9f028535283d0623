# Mistake: assumes every edge joins two different components, so the answer is n - m. Edges that
# close a cycle, repeated edges and self-loops make it wrong.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
print(max(n - m, 1))
