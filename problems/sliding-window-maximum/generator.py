# Makes the large hidden tests of sliding-window-maximum (n = 200000).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from collections import deque

N = 200000
V = 10 ** 9


def max_sliding_window(nums, k):
    # the reference: a deque of indices whose values decrease from front to back
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


def test(name, nums, k):
    assert 1 <= k <= len(nums) <= N and all(-V <= x <= V for x in nums)
    return {"name": name, "input": {"nums": nums, "k": k}, "expected": max_sliding_window(nums, k)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    nums = [rng.randint(-V, V) for _ in range(N)]
    tests.append(test("large: random, k=100000", nums, 100000))

    # decreasing values: every element stays in the deque until it leaves the window
    start = rng.randint(0, 1000)
    nums = [V - start - 3 * i for i in range(N)]
    tests.append(test("large: decreasing, k=70000", nums, 70000))

    # slowly rising values with noise: the maximum changes often, windows are long
    nums = [min(V, -V + 9000 * i + rng.randint(0, 500000)) for i in range(N)]
    tests.append(test("large: rising with noise, k=50000", nums, 50000))

    # few distinct values: many equal maxima in every window
    nums = [rng.choice((-7, 0, 3, 3, 8)) for _ in range(N)]
    tests.append(test("large: five values repeated, k=99999", nums, 99999))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
