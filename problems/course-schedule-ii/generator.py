# Makes the large hidden tests of Course Schedule II at the statement's limits (n = 100000 courses,
# m = 200000 rules), too big for tests.json. The expected output is one right answer, as checker.py
# reads it: an order when one exists, IMPOSSIBLE otherwise.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
M = 200000


def order_of(n, rules):
    # the reference: take courses whose prerequisites are all taken (Kahn's algorithm)
    unlocks = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in rules:
        unlocks[b].append(a)
        missing[a] += 1
    order = [c for c in range(n) if missing[c] == 0]
    for c in order:
        for nxt in unlocks[c]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                order.append(nxt)
    return order if len(order) == n else None


def test(name, n, rules):
    assert len(rules) == M and all(0 <= a < n and 0 <= b < n for a, b in rules)
    order = order_of(n, rules)
    text = "%d %d\n" % (n, len(rules)) + "".join("%d %d\n" % r for r in rules)
    expected = "IMPOSSIBLE\n" if order is None else " ".join(map(str, order)) + "\n"
    return {"name": name, "input": text, "expected": expected}


def layered(rng, rank):
    # rules "a b" with b ranked before a and at most 3000 ranks apart, so that the courses have to be
    # taken in many rounds; rank[i] is the i-th course of a valid order. Every course but the first 50
    # of the order has a prerequisite, so only those 50 are free at the start.
    rules = []
    for i in range(50, N):
        rules.append((rank[i], rank[rng.randint(max(0, i - 3000), i - 1)]))
    while len(rules) < M:
        if rng.random() < 0.002:        # some rules repeated
            rules.append(rules[rng.randrange(len(rules))])
            continue
        i = rng.randint(1, N - 1)
        rules.append((rank[i], rank[rng.randint(max(0, i - 3000), i - 1)]))
    rng.shuffle(rules)
    return rules


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # a valid order runs from the highest numbers down (with local shuffles): the free courses are
    # numbered last and the courses with low numbers are taken last
    rank = list(range(N - 1, -1, -1))
    for i in range(0, N, 50):
        block = rank[i:i + 50]
        rng.shuffle(block)
        rank[i:i + 50] = block
    rules = layered(rng, rank)
    tests.append(test("large: n=100000, m=200000, the free courses numbered last", N, rules))

    # one chain through all the courses in a random order, and more rules along it
    perm = list(range(N))
    rng.shuffle(perm)
    rules = [(perm[i + 1], perm[i]) for i in range(N - 1)]
    while len(rules) < M:
        i = rng.randint(0, N - 2)
        j = rng.randint(i + 1, min(N - 1, i + 100))
        rules.append((perm[j], perm[i]))
    rng.shuffle(rules)
    tests.append(test("large: n=100000, m=200000, a chain through all the courses", N, rules))

    # as the first, with a cycle of three among the courses that come last in the order
    rank = list(range(N))
    rng.shuffle(rank)
    rules = layered(rng, rank)
    x, y, z = rank[N - 40], rank[N - 25], rank[N - 10]
    for k, rule in zip(rng.sample(range(M), 3), ((x, z), (z, y), (y, x))):
        rules[k] = rule     # x needs z, z needs y, y needs x
    tests.append(test("large: n=100000, m=200000, a cycle among the last courses to be taken", N, rules))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
