# Makes the large hidden tests of Redundant Connection (n = 100000 nodes and edges).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000


def redundant(edges):
    # the reference: union-find in input order; the first edge that joins two connected nodes
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    raise AssertionError("no cycle")


def check(edges):
    assert len(edges) == N
    assert len({(min(a, b), max(a, b)) for a, b in edges}) == N
    assert all(1 <= a <= N and 1 <= b <= N and a != b for a, b in edges)


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, edges):
        check(edges)
        # each test is turned into JSON at once, so that only one big input is in memory at a time
        tests.append(json.dumps({"name": name, "input": {"edges": edges}, "expected": redundant(edges)}, separators=(",", ":")))

    def random_tree(labels):
        edges = []
        for i in range(1, len(labels)):
            a, b = labels[i], labels[rng.randrange(i)]
            edges.append([a, b] if rng.random() < 0.5 else [b, a])
        return edges

    # a random tree plus one random extra edge, all shuffled
    labels = list(range(1, N + 1))
    rng.shuffle(labels)
    edges = random_tree(labels)
    present = {(min(a, b), max(a, b)) for a, b in edges}
    while True:
        a, b = rng.sample(range(1, N + 1), 2)
        if (min(a, b), max(a, b)) not in present:
            break
    edges.append([a, b])
    rng.shuffle(edges)
    add("large: random tree and one extra edge, shuffled", edges)

    # a cycle of 50000 nodes whose edges all come first, then trees hanging off it
    labels = list(range(1, N + 1))
    rng.shuffle(labels)
    cyc = labels[:50000]
    first = [[cyc[i], cyc[(i + 1) % 50000]] for i in range(50000)]
    rng.shuffle(first)
    rest = []
    for i in range(50000, N):
        a, b = labels[i], labels[rng.randrange(i)]
        rest.append([a, b])
    rng.shuffle(rest)
    add("large: a cycle of 50000 nodes given first", first + rest)

    # a star around node 1 given in increasing order, then the edge that closes a triangle
    edges = [[1, v] for v in range(2, N + 1)] + [[N // 2, 3]]
    add("large: star around node 1, then one extra edge", edges)

    # the path 1-2-...-n and the edge from n back to 1, given last
    edges = [[i, i + 1] for i in range(1, N)] + [[N, 1]]
    add("large: one cycle through every node, closed by the last edge", edges)

    sys.stdout.write("[" + ",".join(tests) + "]")


main()
