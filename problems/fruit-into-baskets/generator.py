# Makes the large hidden tests of Fruit Into Baskets (n = 200000), where walking right from every
# tree is too slow.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000


def longest(types):
    # the reference: a window with a count per type, its left end moved while it holds three types
    count = {}
    left = best = 0
    for right, x in enumerate(types):
        count[x] = count.get(x, 0) + 1
        while len(count) > 2:
            y = types[left]
            count[y] -= 1
            if count[y] == 0:
                del count[y]
            left += 1
        best = max(best, right - left + 1)
    return best


def test(name, types):
    assert 1 <= len(types) <= N and all(0 <= x <= 10**9 for x in types)
    text = "%d\n%s\n" % (len(types), " ".join(map(str, types)))
    return {"name": name, "input": text, "expected": "%d\n" % longest(types)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    a, b = rng.randint(0, 10**9), rng.randint(0, 10**9)
    tests.append(test("large: two types alternate along the whole row",
                      [a if i % 2 == 0 else b for i in range(N)]))
    # blocks of random lengths drawn from a few huge type values
    pool = [rng.randint(0, 10**9) for _ in range(4)]
    types = []
    while len(types) < N:
        types.extend([rng.choice(pool)] * rng.randint(1, 3000))
    tests.append(test("large: long blocks of four types up to 10^9", types[:N]))
    # random types, with one stretch of 150000 trees of only two types
    types = [rng.randint(0, 10**9) for _ in range(N)]
    c, d = rng.randint(0, 10**9), rng.randint(0, 10**9)
    for i in range(30000, 180000):
        types[i] = c if rng.random() < 0.5 else d
    tests.append(test("large: a stretch of 150000 trees of two types", types))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
