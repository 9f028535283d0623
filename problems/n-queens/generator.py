# Makes the largest hidden tests of N-Queens, n = 11 (2680 boards) and n = 12 (14200 boards), whose
# answers are too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output (the seed is not
# needed: the tests are fixed).
import json
import sys


def boards_of(n):
    # the reference: an explicit stack of partial placements (the column of the queen of each row
    # so far, with the sets of columns, r + c diagonals and r - c diagonals they occupy), each
    # extended by every square of the next row that no queen attacks
    result = []
    stack = [((), frozenset(), frozenset(), frozenset())]
    while stack:
        cols, used, sums, diffs = stack.pop()
        r = len(cols)
        if r == n:
            result.append(['.' * c + 'Q' + '.' * (n - 1 - c) for c in cols])
            continue
        for c in range(n):
            if c not in used and r + c not in sums and r - c not in diffs:
                stack.append((cols + (c,), used | {c}, sums | {r + c}, diffs | {r - c}))
    return result


def main():
    int(sys.argv[1])
    tests = [{"name": "n = %d" % n, "input": {"n": n}, "expected": boards_of(n)} for n in (11, 12)]
    assert [len(t["expected"]) for t in tests] == [2680, 14200]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
