# Wrong: a depth-first search that visits each course's prerequisites before the course itself (right for
# graphs without cycles), but only remembers "visited", so a cycle goes unnoticed and an order is printed
# that breaks a rule instead of IMPOSSIBLE.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
needs = [[] for _ in range(n)]
for i in range(m):
    needs[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
visited = [False] * n
order = []
for root in range(n):
    if visited[root]:
        continue
    visited[root] = True
    stack = [(root, 0)]
    while stack:
        c, k = stack[-1]
        if k < len(needs[c]):
            stack[-1] = (c, k + 1)
            b = needs[c][k]
            if not visited[b]:
                visited[b] = True
                stack.append((b, 0))
        else:
            stack.pop()
            order.append(c)
print(" ".join(map(str, order)))
