# Makes the large hidden tests of counting-bits: python3 generator.py SEED prints a JSON array of tests.
# The answers are long arrays (n + 1 entries), too big for tests.json. The seed picks one n at random.
import json
import random
import sys


def count_bits(n):
    """The reference: the count of i is bin(i).count('1'), computed independently of the solutions."""
    return [bin(i).count("1") for i in range(n + 1)]


def main():
    rng = random.Random(int(sys.argv[1]))
    ns = [
        ("large: n = 200000 (the maximum)", 200000),
        ("large: n = 131071 = 2^17 - 1 (ends on a run of ones)", 131071),
        ("large: random n", rng.randint(150000, 199999)),
    ]
    tests = [{"name": name if "random" not in name else f"large: random n = {n}", "input": {"n": n},
              "expected": count_bits(n)} for name, n in ns]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
