# Makes the large hidden tests of Minimum Number of Arrows (n = 100000 balloons over the whole
# 32-bit range). Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
LO, HI = -2**31, 2**31 - 1


def arrows(balloons):
    # the reference: by increasing end, a new arrow at the end of the first balloon not yet burst
    count, last = 0, None
    for end, start in sorted((e, s) for s, e in balloons):
        if last is None or start > last:
            count += 1
            last = end
    return count


def test(name, balloons):
    text = "%d\n" % len(balloons) + "".join("%d %d\n" % b for b in balloons)
    return {"name": name, "input": text, "expected": "%d\n" % arrows(balloons)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    b = []
    for _ in range(N):
        s = rng.randint(LO, HI)
        length = rng.choice((rng.randint(0, 1000), rng.randint(0, 10**6), rng.randint(0, 10**8)))
        b.append((s, min(HI, s + length)))
    tests.append(test("large: n=100000, random balloons over the whole range", b))

    # pairwise apart: every balloon needs its own arrow
    cuts = sorted(rng.sample(range(LO, HI + 1), 2 * N))
    b = [(cuts[2 * k], cuts[2 * k + 1]) for k in range(N)]
    b[0] = (LO, b[0][1])
    b[-1] = (b[-1][0], HI)
    rng.shuffle(b)
    tests.append(test("large: n=100000, no two balloons overlap", b))

    # a chain: each balloon ends exactly where the next one starts, plus the extremes
    cuts = sorted(rng.sample(range(LO + 1, HI), N - 2))
    cuts = [LO] + cuts + [HI]
    b = [(cuts[k], cuts[k + 1]) for k in range(N - 1)] + [(LO, LO)]
    rng.shuffle(b)
    tests.append(test("large: n=100000, a chain of balloons touching end to start", b))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
