# Mistake: the union links the two nodes themselves (parent[a] = b) instead of the roots of their
# trees, so a node that already belongs to a bigger tree is moved out of it and the rest of that tree
# is left behind.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
parent = list(range(n))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    if find(a) != find(b):
        parent[a] = b
print(sum(1 for v in range(n) if parent[v] == v))
