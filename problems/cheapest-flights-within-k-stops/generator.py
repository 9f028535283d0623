# Makes the large hidden tests of Cheapest Flights Within K Stops (n = 100 cities, up to 9900 flights).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100
P = 10000


def cheapest(n, flights, src, dst, k):
    # the reference: Bellman-Ford, k + 1 rounds over all flights, each round from a copy
    inf = float('inf')
    best = [inf] * n
    best[src] = 0
    for _ in range(k + 1):
        cur = best[:]
        for u, v, p in flights:
            if best[u] + p < cur[v]:
                cur[v] = best[u] + p
        best = cur
    return -1 if best[dst] == inf else best[dst]


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, flights, src, dst, k):
        pairs = {(u, v) for u, v, _ in flights}
        assert len(pairs) == len(flights) <= N * (N - 1) and all(u != v for u, v in pairs)
        assert all(1 <= p <= P for _, _, p in flights) and src != dst and 0 <= k < N
        tests.append({"name": name, "input": {"n": N, "flights": flights, "src": src, "dst": dst, "k": k},
                      "expected": cheapest(N, flights, src, dst, k)})

    def complete(price):
        flights = [[u, v, price(u, v)] for u in range(N) for v in range(N) if u != v]
        rng.shuffle(flights)
        return flights

    # every pair of cities, random prices, any number of stops
    add("large: all 9900 flights, random prices, k = 99", complete(lambda u, v: rng.randint(1, P)), 0, N - 1, N - 1)

    # cheap flights only between neighbouring numbers; the cheapest trip has 99 flights, but only
    # 40 stops are allowed
    price = lambda u, v: 1 if v == u + 1 else rng.randint(5000, P)
    add("large: the cheapest trip has too many stops", complete(price), 0, N - 1, 40)

    # the same prices with k = 98: the trip along the numbers is allowed at last
    add("large: the long cheap trip just fits", complete(price), 0, N - 1, 98)

    # the same prices with k = 97: one stop too few for the long trip
    add("large: one stop short of the long cheap trip", complete(price), 0, N - 1, 97)

    # a layered network of 10 layers of 10 cities: from each city to every city of the next layer
    # only; the destination is in the last layer, 9 flights away
    flights = []
    for layer in range(9):
        for i in range(10):
            for j in range(10):
                flights.append([layer * 10 + i, (layer + 1) * 10 + j, rng.randint(1, P)])
    rng.shuffle(flights)
    add("large: layered cities, exactly 8 stops are needed", flights, 0, 95, 8)

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
