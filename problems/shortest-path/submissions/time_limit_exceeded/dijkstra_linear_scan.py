# Correct but O(n^2): Dijkstra that finds the next junction by scanning all of them.
import sys

data = sys.stdin.buffer.read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
idx = 3
for _ in range(m):
    u, v, w = int(data[idx]), int(data[idx + 1]), int(data[idx + 2])
    idx += 3
    adj[u].append((v, w))
INF = float('inf')
dist = [INF] * (n + 1)
done = [False] * (n + 1)
dist[s] = 0
while True:
    u = -1
    best = INF
    for i in range(1, n + 1):
        if not done[i] and dist[i] < best:
            best = dist[i]
            u = i
    if u == -1:
        break
    done[u] = True
    for v, w in adj[u]:
        if best + w < dist[v]:
            dist[v] = best + w
print(' '.join(str(d) if d != INF else '-1' for d in dist[1:]))
