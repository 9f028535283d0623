# Makes the large hidden tests of k-closest-points-to-origin (n = 200000 points).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000
TOP = 10**9


def closest(points, k):
    # the reference: sort by (squared distance, x, y) and keep the first k
    keys = sorted((x * x + y * y, x, y) for x, y in points)
    return "".join("%d %d\n" % (x, y) for _, x, y in keys[:k])


def test(name, points, k):
    assert 1 <= k <= len(points) <= N and all(-TOP <= c <= TOP for p in points for c in p)
    text = "%d %d\n%s" % (len(points), k, "".join("%d %d\n" % (x, y) for x, y in points))
    return {"name": name, "input": text, "expected": closest(points, k)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    full = [(rng.randint(-TOP, TOP), rng.randint(-TOP, TOP)) for _ in range(N)]
    tests.append(test("large: n = k = 200000, coordinates up to 10^9", full, N))
    tests.append(test("large: n = 200000, k = 100000, coordinates up to 10^9", full[::-1], N // 2))
    # a crowd on a small square: many ties and many repeated points
    crowd = [(rng.randint(-60, 60), rng.randint(-60, 60)) for _ in range(N)]
    tests.append(test("large: n = 200000, k = 150000, coordinates within 60: many ties and repeats", crowd, 150000))
    # points on a few circles far from the base: (3, 4), (5, 0)... scaled and with every sign, so that
    # whole groups share one distance, whose square overflows 32 bits
    base = [(3, 4), (4, 3), (5, 0), (0, 5), (-3, 4), (-4, 3), (-5, 0), (0, -5),
            (3, -4), (4, -3), (-3, -4), (-4, -3)]
    ring = []
    for _ in range(N):
        a, b = rng.choice(base)
        s = rng.choice((10**8, 2 * 10**8, 199999999, 123456789))
        ring.append((a * s, b * s))
    tests.append(test("large: n = 200000, k = 120000, groups of points at one distance beyond 32 bits", ring, 120000))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
