# Makes the large hidden tests of Number of Connected Components (n = 200000 nodes, m = 200000 edges).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000
M = 200000


def components(n, edges):
    # the reference: union-find with path halving
    parent = list(range(n))
    count = n
    for a, b in edges:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            parent[a] = b
            count -= 1
    return count


def test(name, n, edges):
    assert len(edges) <= M and all(0 <= a < n and 0 <= b < n for a, b in edges)
    text = "%d %d\n" % (n, len(edges)) + "".join("%d %d\n" % e for e in edges)
    return {"name": name, "input": text, "expected": "%d\n" % components(n, edges)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # random edges: about as many edges as nodes leaves a giant component and many small ones
    edges = [(rng.randrange(N), rng.randrange(N)) for _ in range(M)]
    tests.append(test("large: n=200000, m=200000 random edges", N, edges))

    # one path through all the nodes in a random order, its edges shuffled
    perm = list(range(N))
    rng.shuffle(perm)
    edges = [(perm[i], perm[i + 1]) for i in range(N - 1)]
    rng.shuffle(edges)
    tests.append(test("large: n=200000, one path through every node", N, edges))

    # a path along the numbering, edges in order: joins the components one by one into a chain
    edges = [(i, i + 1) for i in range(N - 1)]
    tests.append(test("large: n=200000, the chain 0-1-2-...", N, edges))

    # 1000 clusters of 150 nodes with many extra edges inside each (cycles, repeats, self-loops),
    # and 50000 nodes that have no edge at all
    edges = []
    clustered = list(range(N))
    rng.shuffle(clustered)
    for k in range(1000):
        group = clustered[k * 150:(k + 1) * 150]
        for i in range(1, 150):
            edges.append((group[i], group[rng.randrange(i)]))
        while len(edges) < (k + 1) * 200:
            r = rng.random()
            if r < 0.1:
                x = rng.choice(group)
                edges.append((x, x))
            elif r < 0.3:
                edges.append(edges[rng.randrange(k * 200, len(edges))])
            else:
                edges.append((rng.choice(group), rng.choice(group)))
    rng.shuffle(edges)
    tests.append(test("large: 1000 dense clusters, self-loops, repeats, 50000 lone nodes", N, edges))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
