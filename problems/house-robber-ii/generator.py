# Makes the large hidden tests of house-robber-ii (n = 200000 houses in a circle).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000
TOP = 10**9


def best_in_row(a):
    take = skip = 0
    for x in a:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)


def rob_circle(a):
    # the reference: the first and the last house are neighbours, so leave out one of them
    if len(a) == 1:
        return a[0]
    return max(best_in_row(a[:-1]), best_in_row(a[1:]))


def test(name, a):
    assert 1 <= len(a) <= N and all(0 <= x <= TOP for x in a)
    return {"name": name, "input": "%d\n%s\n" % (len(a), " ".join(map(str, a))),
            "expected": "%d\n" % rob_circle(a)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: n = 200000, random amounts up to 10^9",
                      [rng.randint(0, TOP) for _ in range(N)]))
    # an odd circle of equal houses: the straight-row answer would take both ends
    tests.append(test("large: n = 199999, every house holds 10^9", [TOP] * (N - 1)))
    # rich houses in runs of one or two between poor ones, the richest at both ends of the list
    a = []
    while len(a) < N - 2:
        a += [rng.randint(TOP - 1000, TOP)] * rng.randint(1, 2) + [rng.randint(0, 1000)] * rng.randint(1, 2)
    a = [TOP] + a[:N - 2] + [TOP]
    tests.append(test("large: n = 200000, the two richest houses are neighbours across the ends", a))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
