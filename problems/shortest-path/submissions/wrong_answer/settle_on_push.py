# Mistake: a junction is marked final as soon as it is first reached, not when it is taken from
# the heap, so a later, shorter route to it is ignored.
import heapq
import sys

data = sys.stdin.buffer.read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
idx = 3
for _ in range(m):
    u, v, w = int(data[idx]), int(data[idx + 1]), int(data[idx + 2])
    idx += 3
    adj[u].append((v, w))
dist = [-1] * (n + 1)
dist[s] = 0
heap = [(0, s)]
while heap:
    d, u = heapq.heappop(heap)
    for v, w in adj[u]:
        if dist[v] == -1:
            dist[v] = d + w
            heapq.heappush(heap, (d + w, v))
print(' '.join(map(str, dist[1:])))
