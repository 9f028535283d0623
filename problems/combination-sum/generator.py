# Makes the large hidden tests of Combination Sum: target 50 with many small candidates, up to about
# 30000 combinations, too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys


def combinations(candidates, target):
    # the reference, iterative: ways[s] holds every combination of sum s (ascending lists) built from
    # the candidates seen so far; adding the candidates in ascending order keeps each list ascending
    ways = [[] for _ in range(target + 1)]
    ways[0].append([])
    for x in sorted(candidates):
        for s in range(x, target + 1):
            ways[s].extend(c + [x] for c in ways[s - x])
    return ways[target]


def main():
    rng = random.Random(int(sys.argv[1]))
    shuffled = list(range(2, 32))
    rng.shuffle(shuffled)
    cases = [
        ("large: the 30 candidates 2..31 shuffled, target 50", shuffled, 50),
        ("large: 30 random candidates, target 50", rng.sample(range(2, 51), 30), 50),
        ("large: 18 candidates 3..20 descending, target 49", list(range(20, 2, -1)), 49),
    ]
    tests = []
    for name, candidates, target in cases:
        assert len(set(candidates)) == len(candidates) <= 30 and all(2 <= c <= 50 for c in candidates)
        tests.append({"name": name, "input": {"candidates": candidates, "target": target},
                      "expected": combinations(candidates, target)})
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
