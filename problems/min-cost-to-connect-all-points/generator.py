# Makes the large hidden tests of min-cost-to-connect-all-points (n = 1000 lamps).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 1000
TOP = 10**9


def network_cost(points):
    # the reference: Prim's algorithm on the complete graph, without a heap
    (ux, uy), rest = points[0], points[1:]
    rx = [x for x, _ in rest]
    ry = [y for _, y in rest]
    best = [abs(ux - x) + abs(uy - y) for x, y in rest]
    total = 0
    while best:
        cost = min(best)
        i = best.index(cost)
        total += cost
        ux, uy = rx[i], ry[i]
        rx[i], ry[i], best[i] = rx[-1], ry[-1], best[-1]
        rx.pop()
        ry.pop()
        best.pop()
        best = [d if (d := abs(ux - x) + abs(uy - y)) < b else b for b, x, y in zip(best, rx, ry)]
    return total


def test(name, points):
    assert 1 <= len(points) <= N and all(-TOP <= c <= TOP for p in points for c in p)
    text = "%d\n%s" % (len(points), "".join("%d %d\n" % p for p in points))
    return {"name": name, "input": text, "expected": "%d\n" % network_cost(points)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: n = 1000, coordinates up to 10^9",
                      [(rng.randint(-TOP, TOP), rng.randint(-TOP, TOP)) for _ in range(N)]))
    # two far clusters near opposite corners: one cable of almost 4 * 10^9 joins them
    pts = [(rng.randint(-TOP, -TOP + 1000), rng.randint(-TOP, -TOP + 1000)) for _ in range(N // 2)]
    pts += [(rng.randint(TOP - 1000, TOP), rng.randint(TOP - 1000, TOP)) for _ in range(N // 2)]
    rng.shuffle(pts)
    tests.append(test("large: n = 1000, two clusters at opposite corners", pts))
    # a crowded small square: many lamps share a point, many cables tie
    tests.append(test("large: n = 1000, coordinates within 10, many repeated points",
                      [(rng.randint(-10, 10), rng.randint(-10, 10)) for _ in range(N)]))
    # lamps spread along a few rows, where walking from lamp to nearest lamp goes badly wrong
    pts = [(rng.randint(-TOP, TOP), rng.choice((-TOP, 0, TOP))) for _ in range(N)]
    tests.append(test("large: n = 1000, lamps on three far rows", pts))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
