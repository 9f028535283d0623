# Makes the large hidden tests of Reorder List (100000 and 99999 nodes), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys


def reordered(vals):
    # the reference: take from the front and the back in turn
    out = []
    i, j = 0, len(vals) - 1
    while i <= j:
        out.append(vals[i])
        if i != j:
            out.append(vals[j])
        i += 1
        j -= 1
    return out


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    cases = [
        ("large: 100000 random values", [rng.randint(-10**9, 10**9) for _ in range(100000)]),
        ("large: 99999 values, odd length", [rng.randint(-10**9, 10**9) for _ in range(99999)]),
        ("large: 100000 values 1..100000 in order", list(range(1, 100001))),
    ]
    for name, vals in cases:
        tests.append({"name": name, "input": {"head": vals}, "expected": reordered(vals)})
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
