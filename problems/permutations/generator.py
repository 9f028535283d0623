# Makes the large hidden tests of Permutations (n = 8: 40320 permutations, too big for tests.json).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import itertools
import json
import random
import sys


def all_permutations(nums):
    # the reference: the standard library's permutations of the positions
    return [list(p) for p in itertools.permutations(nums)]


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("large: n = 8, random distinct values", rng.sample(range(-1000, 1001), 8)),
        ("large: n = 8, the extremes and values between", [1000, -1000, 0, 1, -1, 500, -500, 999]),
        ("large: n = 8, descending", list(range(8, 0, -1))),
    ]
    tests = [{"name": name, "input": {"nums": nums}, "expected": all_permutations(nums)} for name, nums in cases]
    for test in tests:
        assert len(test["input"]["nums"]) == len(set(test["input"]["nums"])) == 8
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
