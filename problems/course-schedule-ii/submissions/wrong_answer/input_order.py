# Wrong: prints the courses in the order they first appear in the input (each rule's course, then its
# prerequisite), then the courses no rule mentions; it never checks the rules or looks for a cycle.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
seen = [False] * n
order = []
for token in data[2:2 + 2 * m]:
    c = int(token)
    if not seen[c]:
        seen[c] = True
        order.append(c)
order += [c for c in range(n) if not seen[c]]
print(" ".join(map(str, order)))
