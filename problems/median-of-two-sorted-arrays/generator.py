# Makes the large hidden tests of Median of Two Sorted Arrays (up to 100000 elements in each array).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
V = 10**6


def median(nums1, nums2):
    # the reference: binary search on how many elements the lower half takes from the shorter array
    a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else float("-inf")
        a_right = a[i] if i < m else float("inf")
        b_left = b[j - 1] if j > 0 else float("-inf")
        b_right = b[j] if j < n else float("inf")
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left = max(a_left, b_left)
            if (m + n) % 2 == 1:
                return float(left)
            return (left + min(a_right, b_right)) / 2.0


def sorted_values(rng, n, low=-V, high=V):
    return sorted(rng.randint(low, high) for _ in range(n))


def test(name, nums1, nums2):
    assert 0 <= len(nums1) <= N and 0 <= len(nums2) <= N and len(nums1) + len(nums2) >= 1
    assert nums1 == sorted(nums1) and nums2 == sorted(nums2)
    assert all(-V <= x <= V for x in nums1 + nums2)
    return {"name": name, "input": {"nums1": nums1, "nums2": nums2}, "expected": median(nums1, nums2)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = [
        test("large: two random arrays of 100000", sorted_values(rng, N), sorted_values(rng, N)),
        test("large: 100000 and 99999, odd total", sorted_values(rng, N), sorted_values(rng, N - 1)),
        test("large: one element against 100000", [rng.randint(-V, V)], sorted_values(rng, N)),
        test("large: nums2 empty", sorted_values(rng, N), []),
    ]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
