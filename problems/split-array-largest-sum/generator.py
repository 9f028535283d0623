# Makes the large hidden tests of Split Array Largest Sum (n = 100000), where a dynamic programme over
# the place of the last cut (k rows of O(n^2)) is far too slow, and the sums go far beyond 32 bits.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
V = 10**9


def split_array(nums, k):
    # the reference: binary search on the largest part sum, checked by a greedy split
    def fits(limit):
        parts, current = 1, 0
        for x in nums:
            current += x
            if current > limit:
                parts += 1
                if parts > k:
                    return False
                current = x
        return True

    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def test(name, nums, k):
    assert 1 <= len(nums) <= N and all(0 <= x <= V for x in nums) and 1 <= k <= len(nums)
    return {"name": name, "input": {"nums": nums, "k": k}, "expected": split_array(nums, k)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = [
        test("large: random values, k = 50", [rng.randint(0, V) for _ in range(N)], 50),
        test("large: random values, k = 2", [rng.randint(0, V) for _ in range(N)], 2),
        test("large: every value 10^9, k = 1", [V] * N, 1),
        test("large: mostly zeros and a few huge values, k = 1000",
             [rng.randint(V // 2, V) if rng.random() < 0.01 else 0 for _ in range(N)], 1000),
        test("large: k = n", [rng.randint(0, V) for _ in range(N)], N),
    ]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
