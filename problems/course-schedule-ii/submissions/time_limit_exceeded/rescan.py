# Correct but slow: repeatedly scans all courses from the start for one that is not taken yet and whose
# prerequisites are all taken, takes it and starts over: O(n * (n + m)).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
needs = [[] for _ in range(n)]
for i in range(m):
    needs[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
taken = [False] * n
order = []
for _ in range(n):
    for c in range(n):
        if not taken[c] and all(taken[b] for b in needs[c]):
            taken[c] = True
            order.append(c)
            break
    else:
        break
print("IMPOSSIBLE" if len(order) < n else " ".join(map(str, order)))
