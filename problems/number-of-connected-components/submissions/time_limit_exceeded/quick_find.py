# Correct but slow: every node keeps the label of its component, and joining two components
# relabels one of them by scanning all n nodes (n * m steps).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
label = list(range(n))
components = n
for i in range(m):
    a, b = label[int(data[2 + 2 * i])], label[int(data[3 + 2 * i])]
    if a != b:
        for v in range(n):
            if label[v] == b:
                label[v] = a
        components -= 1
print(components)
