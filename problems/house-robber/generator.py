# Makes the large hidden tests of house-robber (n = 100000 houses).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
V = 10000


def rob(nums):
    # the reference: the best total with and without the current house
    take, skip = 0, 0
    for x in nums:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)


def test(name, nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums)
    return {"name": name, "input": {"nums": nums}, "expected": rob(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: random amounts", [rng.randint(0, V) for _ in range(N)]))
    tests.append(test("large: every house holds the maximum", [V] * N))
    # pairs of rich houses separated by one or two poor ones: the best choice changes parity often
    nums = []
    while len(nums) < N:
        nums += [rng.randint(V - 100, V)] * rng.randint(1, 2) + [rng.randint(0, 50)] * rng.randint(1, 2)
    tests.append(test("large: rich houses in ones and twos", nums[:N]))
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
