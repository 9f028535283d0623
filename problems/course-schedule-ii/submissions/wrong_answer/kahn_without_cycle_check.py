# Wrong: takes courses whose prerequisites are all taken, but prints the courses it managed to take even
# when a cycle blocks the others, instead of IMPOSSIBLE.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
unlocks = [[] for _ in range(n)]
missing = [0] * n
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    unlocks[b].append(a)
    missing[a] += 1
order = [c for c in range(n) if missing[c] == 0]
for c in order:
    for nxt in unlocks[c]:
        missing[nxt] -= 1
        if missing[nxt] == 0:
            order.append(nxt)
print(" ".join(map(str, order)))
