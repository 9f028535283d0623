# Makes the large hidden tests of longest-common-subsequence (strings of 1000 letters).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 1000


def lcs(text1, text2):
    # the reference: the classic table, one row at a time
    m = len(text2)
    prev = [0] * (m + 1)
    for a in text1:
        cur = [0] * (m + 1)
        left = 0
        for j in range(m):
            if text2[j] == a:
                left = prev[j] + 1
            else:
                up = prev[j + 1]
                if up > left:
                    left = up
            cur[j + 1] = left
        prev = cur
    return prev[m]


def test(name, text1, text2):
    assert 1 <= len(text1) <= N and 1 <= len(text2) <= N
    assert all('a' <= c <= 'z' for c in text1 + text2)
    return {"name": name, "input": {"text1": text1, "text2": text2}, "expected": lcs(text1, text2)}


def word(rng, letters, n):
    return "".join(rng.choice(letters) for _ in range(n))


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: two letters", word(rng, "ab", N), word(rng, "ab", N)))
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    tests.append(test("large: all letters", word(rng, alphabet, N), word(rng, alphabet, N)))
    # text2 is text1 with 10% of its letters changed and some removed or added
    text1 = word(rng, "abcdefgh", N)
    chars = []
    for c in text1:
        r = rng.random()
        if r < 0.05:
            continue
        chars.append(rng.choice("abcdefgh") if r < 0.15 else c)
        if rng.random() < 0.05:
            chars.append(rng.choice("abcdefgh"))
    tests.append(test("large: an edited copy", text1, "".join(chars)[:N]))
    s = word(rng, "xyz", N)
    tests.append(test("large: a string and its reverse", s, s[::-1]))
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
