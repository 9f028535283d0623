# Makes the large hidden tests of Gas Station (n = 100000 stops). Each test has at most one start
# that works, as the statement promises.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
TOP = 10**4


def reference(gas, cost):
    # the reference: restart after every failure, check the total
    total = tank = start = 0
    for i in range(len(gas)):
        d = gas[i] - cost[i]
        total += d
        tank += d
        if tank < 0:
            start, tank = i + 1, 0
    return start if total >= 0 else -1


def starts_that_work(diffs):
    # start k works iff the tank never goes negative: with Q[j] the sum of diffs[0..j-1], the
    # arrivals after k need Q[j] >= Q[k] (j > k) and, once round past stop 0, total + Q[j] >= Q[k]
    n = len(diffs)
    total = sum(diffs)
    if total < 0:
        return 0
    q = [0] * (n + 1)
    for i, d in enumerate(diffs):
        q[i + 1] = q[i] + d
    suffix_min = [0] * (n + 1)
    suffix_min[n] = q[n]
    for j in range(n - 1, -1, -1):
        suffix_min[j] = min(q[j], suffix_min[j + 1])
    count, prefix_min = 0, q[0]
    for k in range(n):
        prefix_min = min(prefix_min, q[k])
        if q[k] <= suffix_min[k + 1] and q[k] <= total + prefix_min:
            count += 1
    return count


def with_total(rng, diffs, target):
    # moves random legs toward the target total, each within -TOP..TOP
    excess = sum(diffs) - target
    while excess != 0:
        k = rng.randrange(len(diffs))
        new = max(-TOP, min(TOP, diffs[k] - excess))
        excess -= diffs[k] - new
        diffs[k] = new
    return diffs


def stops(rng, diffs):
    gas, cost = [], []
    for d in diffs:
        if d >= 0:
            g = rng.randint(d, TOP)
            gas.append(g)
            cost.append(g - d)
        else:
            c = rng.randint(-d, TOP)
            cost.append(c)
            gas.append(c + d)
    return gas, cost


def test(rng, name, diffs):
    assert starts_that_work(diffs) <= 1
    gas, cost = stops(rng, diffs)
    return {"name": name, "input": {"gas": gas, "cost": cost}, "expected": reference(gas, cost)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # a slow climb over the first half, a steep drop, a slow climb again, and the fuel covers the
    # trip exactly: the start right after the drop works, and every earlier one drives a long way
    # before it fails
    half = N // 2
    tail = N - half - 10
    diffs = [1] * half + [-TOP] * 10 + [1] * (tail - 10) + [2] * 10
    assert sum(diffs) == 0
    tests.append(test(rng, "large: the only start comes after a long climb and a steep drop", diffs))

    # random legs, a little short overall
    while True:
        diffs = [rng.randint(-TOP, TOP) for _ in range(N)]
        if sum(diffs) < 0:
            break
    tests.append(test(rng, "large: random stops, not enough fuel in total", diffs))

    # random legs where the fuel covers the trip exactly (the total is 0)
    while True:
        diffs = with_total(rng, [rng.randint(-TOP, TOP) for _ in range(N)], 0)
        if starts_that_work(diffs) == 1:
            break
    tests.append(test(rng, "large: random stops, the fuel equals the cost exactly", diffs))

    # random legs with a little fuel to spare, and still only one start works
    while True:
        diffs = with_total(rng, [rng.randint(-TOP, TOP) for _ in range(N)], rng.randint(1, 100))
        if starts_that_work(diffs) == 1:
            break
    tests.append(test(rng, "large: random stops, a little fuel to spare", diffs))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
