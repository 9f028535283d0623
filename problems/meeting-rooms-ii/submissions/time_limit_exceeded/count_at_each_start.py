# The busiest moment is some meeting's start: count the meetings running at each start. Right, but
# quadratic.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
m = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = 0
for s, _ in m:
    running = 0
    for a, b in m:
        if a <= s < b:
            running += 1
    best = max(best, running)
print(best)
