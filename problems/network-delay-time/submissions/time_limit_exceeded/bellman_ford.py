# Correct but slow: Bellman-Ford relaxes every link again and again until nothing improves. On a long
# path whose links are listed from the far end, each round moves the signal one node further: about
# n rounds of m links.
class Solution:
    def networkDelayTime(self, times, n, k):
        inf = float('inf')
        dist = [inf] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in times:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        answer = max(dist[1:])
        return -1 if answer == inf else answer
