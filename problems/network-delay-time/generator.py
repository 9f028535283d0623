# Makes the large hidden tests of Network Delay Time (n = 100000 nodes, up to 200000 links).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import heapq
import json
import random
import sys

N = 100000
M = 200000
W = 10000


def delay(times, n, k):
    # the reference: Dijkstra with a binary heap of int keys time * (n + 1) + node
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    base = n + 1
    dist = [-1] * base
    heap = [k]
    while heap:
        d, u = divmod(heapq.heappop(heap), base)
        if dist[u] >= 0:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                heapq.heappush(heap, (d + w) * base + v)
    if min(dist[1:]) < 0:
        return -1
    return max(dist[1:])


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, times, n, k):
        assert len(times) <= M and all(1 <= u <= n and 1 <= v <= n and 0 <= w <= W for u, v, w in times)
        # each test is turned into JSON at once, so that only one big input is in memory at a time
        tests.append(json.dumps({"name": name, "input": {"times": times, "n": n, "k": k}, "expected": delay(times, n, k)}, separators=(",", ":")))

    def reachable_graph(k):
        # every node gets a link from a node earlier in a random order that starts at k, then
        # random links up to M
        order = list(range(1, N + 1))
        rng.shuffle(order)
        order.remove(k)
        order.insert(0, k)
        times = [[order[rng.randrange(i)], order[i], rng.randint(0, W)] for i in range(1, N)]
        while len(times) < M:
            times.append([rng.randint(1, N), rng.randint(1, N), rng.randint(0, W)])
        rng.shuffle(times)
        return times

    k = rng.randint(1, N)
    add("large: n=100000, 200000 random links, all reachable", reachable_graph(k), N, k)

    # the same kind of graph, and then every link into one node removed
    k = rng.randint(1, N)
    times = reachable_graph(k)
    lost = k % N + 1
    times = [t for t in times if t[1] != lost]
    add("large: n=100000, one node no link leads to", times, N, k)

    # one long path k -> ... with the heaviest links, written from its far end back, plus cheap-
    # looking links that lead backwards along it: the answer is 999990000
    order = list(range(1, N + 1))
    rng.shuffle(order)
    times = [[order[i], order[i + 1], W] for i in range(N - 1)]
    times.reverse()
    for _ in range(M - (N - 1)):
        i = rng.randrange(1, N)
        j = rng.randrange(0, i)
        times.append([order[i], order[j], rng.randint(0, 10)])
    add("large: a path of 100000 nodes given from its far end", times, N, order[0])

    # many routes: a layered graph in which the route with the fewest links is the slowest
    layers = 1000
    width = N // layers
    node = lambda layer, i: layer * width + i + 1
    times = [[node(0, 0), node(0, i), rng.randint(0, 50)] for i in range(1, width)]
    for layer in range(layers - 1):
        for i in range(width):
            times.append([node(layer, i), node(layer + 1, i), rng.randint(1, 20)])
            times.append([node(layer, i), node(layer + 1, (i + 1) % width), rng.randint(1, 20)])
    for _ in range(M - len(times)):
        a = rng.randrange(layers - 10)
        times.append([node(a, rng.randrange(width)), node(a + rng.randint(2, 10), rng.randrange(width)),
                      rng.randint(200, W)])
    rng.shuffle(times)
    add("large: 1000 layers, the shortcuts are slow", times, N, node(0, 0))

    sys.stdout.write("[" + ",".join(tests) + "]")


main()
