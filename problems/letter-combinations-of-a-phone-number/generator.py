# Makes the largest hidden tests of Letter Combinations of a Phone Number: eight digits with up to
# 4^8 = 65536 combinations.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import itertools
import json
import random
import sys

KEYS = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}


def combinations(digits):
    # the reference: the Cartesian product of the keys' letters, sorted
    return sorted(''.join(p) for p in itertools.product(*(KEYS[d] for d in digits)))


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("8 digits, all with four letters", "79977997"),
        ("8 random digits", ''.join(rng.choice('23456789') for _ in range(8))),
        ("8 twos", "22222222"),
    ]
    tests = []
    for name, digits in cases:
        out = combinations(digits)
        tests.append({"name": "large: %s (%s)" % (name, digits), "input": digits + "\n",
                      "expected": "".join(c + "\n" for c in out)})
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
