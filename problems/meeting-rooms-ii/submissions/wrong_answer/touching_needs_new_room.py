# Lets a meeting reuse a room only when the room was freed strictly before it starts, so a meeting
# that starts exactly when another ends gets a room of its own.
import heapq
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
meetings = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
free_at = []
for s, e in meetings:
    if free_at and free_at[0] < s:
        heapq.heapreplace(free_at, e)
    else:
        heapq.heappush(free_at, e)
print(len(free_at))
