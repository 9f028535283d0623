# Makes the large hidden tests of Non-overlapping Intervals (n = 100000 requests).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
LO, HI = -10**9, 10**9


def erase(intervals):
    # the reference: keep the request that ends first, count those that clash with the kept ones
    removed, last_end = 0, None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start >= last_end:
            last_end = end
        else:
            removed += 1
    return removed


def test(name, intervals):
    return {"name": name, "input": {"intervals": intervals}, "expected": erase(intervals)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    iv = []
    for _ in range(N):
        length = rng.choice((1, 10, 1000, 10**5, 10**7))
        s = rng.randint(LO, HI - 1)
        iv.append([s, min(HI, s + rng.randint(1, length))])
    tests.append(test("large: n=100000, random requests of mixed lengths", iv))

    # a chain of touching requests, each also doubled by a longer request that spans two links
    cuts = sorted(rng.sample(range(LO, HI + 1), N // 2 + 1))
    iv = [[cuts[k], cuts[k + 1]] for k in range(N // 2)]
    iv += [[cuts[k], cuts[min(k + 2, N // 2)]] for k in range(N // 2)]
    rng.shuffle(iv)
    tests.append(test("large: n=100000, a chain of touching requests and longer ones across it", iv))

    # nested requests around one point, with copies of the same request
    iv = []
    for _ in range(N):
        w = rng.randint(1, 10**6)
        iv.append([-w, w + rng.randint(0, 3)])
    tests.append(test("large: n=100000, nested requests around one point", iv))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
