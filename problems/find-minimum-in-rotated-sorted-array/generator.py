# Makes the large hidden tests of Find Minimum in Rotated Sorted Array (n = 100000).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000


def find_min(nums):
    # the reference: binary search for the drop, comparing with the range's last element
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]


def rotated(rng, n, k):
    values = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
    return values[k:] + values[:k]


def test(name, nums):
    assert 1 <= len(nums) <= N and len(set(nums)) == len(nums)
    assert all(-10**9 <= x <= 10**9 for x in nums)
    return {"name": name, "input": {"nums": nums}, "expected": find_min(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = [
        test("large: not rotated", rotated(rng, N, 0)),
        test("large: rotated by 1", rotated(rng, N, 1)),
        test("large: rotated by n-1", rotated(rng, N, N - 1)),
        test("large: random rotation", rotated(rng, N, rng.randrange(1, N))),
    ]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
