# Makes the largest hidden tests of Subsets (n = 11 and 12, up to 4096 subsets each).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys


def all_subsets(nums):
    # the reference: one subset per bit mask, its values taken in ascending order
    values = sorted(nums)
    n = len(values)
    return [[values[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("large: n = 12, random distinct values", rng.sample(range(-1000, 1001), 12)),
        ("large: n = 12, the extremes first, then descending", [-1000, 1000] + list(range(500, -500, -100))),
        ("large: n = 11, random negative values", rng.sample(range(-1000, 0), 11)),
    ]
    tests = [{"name": name, "input": {"nums": nums}, "expected": all_subsets(nums)} for name, nums in cases]
    for test in tests:
        assert len(test["input"]["nums"]) == len(set(test["input"]["nums"])) <= 12
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
