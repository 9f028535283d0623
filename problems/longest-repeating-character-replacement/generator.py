# Makes the large hidden tests of longest-repeating-character-replacement (n = 200000).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000


def character_replacement(s, k):
    # the reference: a sliding window that never shrinks below the best length found
    count = [0] * 26
    left = 0
    best = 0
    for right in range(len(s)):
        c = ord(s[right]) - 65
        count[c] += 1
        if count[c] > best:
            best = count[c]
        if right - left + 1 - best > k:
            count[ord(s[left]) - 65] -= 1
            left += 1
    return len(s) - left


def test(name, s, k):
    assert 1 <= len(s) <= N and 0 <= k <= len(s) and all('A' <= c <= 'Z' for c in s)
    return {"name": name, "input": {"s": s, "k": k}, "expected": character_replacement(s, k)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # two letters at random and a large k: every window is long, so trying every start is slow
    s = "".join(rng.choice("AB") for _ in range(N))
    tests.append(test("large: two letters, k=60000", s, 60000))

    # all 26 letters at random and no change allowed: the answer is the longest run
    s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(N))
    tests.append(test("large: 26 letters, k=0", s, 0))

    # mostly one letter with scattered other letters; the longest window needs k changes
    chars = ["M"] * N
    for i in rng.sample(range(N), 40000):
        chars[i] = rng.choice("ABCDEFGHIJKLNOPQRSTUVWXYZ")
    tests.append(test("large: one letter with 20% noise, k=5000", "".join(chars), 5000))

    # blocks of letters whose lengths grow; the best letter is not the most frequent one overall
    parts = []
    total = 0
    while total < N:
        letter = rng.choice("PQRS")
        length = rng.randint(1, 400)
        parts.append(letter * length)
        total += length
    s = "".join(parts)[:N]
    tests.append(test("large: runs of four letters, k=100000", s, 100000))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
