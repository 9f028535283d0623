# Makes the large hidden tests of permutation-in-string (strings of up to 200000 letters).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000


def check_inclusion(s1, s2):
    # the reference: a window of len(s1) letters slides over s2 with its letter counts
    m, n = len(s1), len(s2)
    if m > n:
        return False
    diff = [0] * 26
    for c in s1:
        diff[ord(c) - 97] += 1
    for c in s2[:m]:
        diff[ord(c) - 97] -= 1
    off = sum(1 for d in diff if d != 0)
    if off == 0:
        return True
    for i in range(m, n):
        a = ord(s2[i]) - 97
        if diff[a] == 0:
            off += 1
        diff[a] -= 1
        if diff[a] == 0:
            off -= 1
        b = ord(s2[i - m]) - 97
        if diff[b] == 0:
            off += 1
        diff[b] += 1
        if diff[b] == 0:
            off -= 1
        if off == 0:
            return True
    return False


def test(name, s1, s2, expected):
    assert 1 <= len(s1) <= N and 1 <= len(s2) <= N
    assert all('a' <= c <= 'z' for c in s1 + s2)
    assert check_inclusion(s1, s2) == expected, name
    return {"name": name, "input": {"s1": s1, "s2": s2}, "expected": expected}


def shuffled(rng, s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # s1 holds the only 'z' of s2, which is its last letter: only the last window matches
    m = 100000
    body = "".join(rng.choice("abc") for _ in range(N - 1)) + "z"
    s1 = shuffled(rng, body[N - m:])
    tests.append(test("large: only the last window matches, m=100000", s1, body, True))

    # s1 needs two 'z's, s2 has them at both ends, farther apart than m: no window matches
    body = "z" + "".join(rng.choice("abc") for _ in range(N - 2)) + "z"
    s1 = shuffled(rng, "zz" + body[1:m - 1])
    tests.append(test("large: no window matches, m=100000", s1, body, False))

    # s1 is the whole of s2 in another order
    s2 = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N))
    tests.append(test("large: s1 is s2 shuffled, both 200000 letters", shuffled(rng, s2), s2, True))

    # the whole alphabet once, in a random text: no window of 26 letters is a permutation of it
    s2 = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N))
    s1 = shuffled(rng, "abcdefghijklmnopqrstuvwxyz")
    tests.append(test("large: the alphabet in a random text", s1, s2, check_inclusion(s1, s2)))

    # one window in the middle matches, after many windows that miss by a single letter
    m = 50000
    s1 = "a" * (m - 1) + "b"
    s2 = "a" * 120000 + "b" + "a" * (N - 120001)
    tests.append(test("large: a single b among a's, m=50000", s1, s2, True))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
