# Makes the large hidden tests of Reverse Nodes in k-Group (lists of up to 100000 nodes with small and
# large k), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys


def reversed_in_groups(vals, k):
    # the reference: reverse every full slice of k values, keep the short tail
    out = []
    full = len(vals) - len(vals) % k
    for start in range(0, full, k):
        out.extend(reversed(vals[start:start + k]))
    out.extend(vals[full:])
    return out


def main():
    rng = random.Random(int(sys.argv[1]))

    def values(n):
        return [rng.randint(-10**9, 10**9) for _ in range(n)]

    cases = [
        ("large: 100000 nodes, k = 40000 (two groups and a tail)", values(100000), 40000),
        ("large: 100000 nodes, k = 100000 (one group)", values(100000), 100000),
        ("large: 99999 nodes, k = 2", values(99999), 2),
        ("large: 100000 nodes, k = 7", values(100000), 7),
    ]
    tests = [{"name": name, "input": {"head": vals, "k": k}, "expected": reversed_in_groups(vals, k)}
             for name, vals, k in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
