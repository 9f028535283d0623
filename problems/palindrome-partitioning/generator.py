# Makes the large hidden tests of Palindrome Partitioning: strings of 16 to 24 letters with up to
# 32768 partitions, too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

LIMIT = 32768


def partitions(s):
    # the reference, iterative: after[i] holds every partition of the suffix s[i:], built from the
    # shortest suffix to the whole string; a partition of s[i:] is a palindrome s[i:j] followed by a
    # partition of s[j:]
    n = len(s)
    after = [None] * (n + 1)
    after[n] = [[]]
    for i in range(n - 1, -1, -1):
        found = []
        for j in range(i + 1, n + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                found.extend([piece] + rest for rest in after[j])
        after[i] = found
    return after[0]


def count(s):
    n = len(s)
    ways = [0] * (n + 1)
    ways[n] = 1
    for i in range(n - 1, -1, -1):
        ways[i] = sum(ways[j] for j in range(i + 1, n + 1) if s[i:j] == s[i:j][::-1])
    return ways[0]


def random_string(rng, letters):
    while True:
        s = ''.join(rng.choice(letters) for _ in range(24))
        if count(s) <= LIMIT:
            return s


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("16 equal letters", "a" * 16),
        ("15 equal letters, then 9 different ones", "a" * 15 + "bcdefghij"),
        ("aab repeated, 24 letters", "aab" * 8),
        ("abba repeated, 24 letters", "abba" * 6),
        ("random, 24 letters from 'ab'", random_string(rng, "ab")),
    ]
    tests = []
    for name, s in cases:
        expected = partitions(s)
        assert 1 <= len(s) <= 24 and len(expected) == count(s) <= LIMIT
        tests.append({"name": "large: %s (%d partitions)" % (name, len(expected)), "input": {"s": s},
                      "expected": expected})
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
