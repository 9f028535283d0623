# Makes the large hidden tests of missing-number: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys


def missing_number(nums):
    """The reference: the full deck's total minus the cards' total (Python's integers do not overflow)."""
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)


def deck_without(rng, n, lost):
    nums = [k for k in range(n + 1) if k != lost]
    rng.shuffle(nums)
    return nums


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 200000
    cases = [
        ("large: n = 200000, the lost card is n", deck_without(rng, n, n)),
        ("large: n = 200000, the lost card is n - 1", deck_without(rng, n, n - 1)),
        ("large: n = 200000, the lost card is in the upper half", deck_without(rng, n, rng.randint(n // 2, n - 2))),
        ("large: n = 199999, the lost card is 0", deck_without(rng, 199999, 0)),
    ]
    tests = [{"name": name, "input": {"nums": nums}, "expected": missing_number(nums)} for name, nums in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
