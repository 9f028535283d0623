# Right, but quadratic: from every tree, walks right until a third type appears.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
types = data[1:1 + n]
best = 0
for i in range(n):
    kinds = set()
    j = i
    while j < n:
        kinds.add(types[j])
        if len(kinds) > 2:
            break
        j += 1
    best = max(best, j - i)
print(best)
