# Makes the large hidden tests of regular-expression-matching (s and p of up to 1000 characters).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 1000


def is_match(s, p):
    # the reference: s[i:] against the pattern's tokens, from the last token to the first
    n = len(s)
    tokens = []
    for c in p:
        if c == '*':
            tokens[-1] = (tokens[-1][0], True)
        else:
            tokens.append((c, False))
    cur = [False] * (n + 1)
    cur[n] = True
    for c, star in reversed(tokens):
        new = [False] * (n + 1)
        if star:
            new[n] = cur[n]
            for i in range(n - 1, -1, -1):
                new[i] = cur[i] or ((c == '.' or s[i] == c) and new[i + 1])
        else:
            for i in range(n):
                new[i] = (c == '.' or s[i] == c) and cur[i + 1]
        cur = new
    return cur[0]


def test(name, s, p, expected=None):
    assert 0 <= len(s) <= N and 1 <= len(p) <= N
    assert all('a' <= c <= 'z' for c in s)
    assert all('a' <= c <= 'z' or c in '.*' for c in p)
    assert p[0] != '*' and '**' not in p
    result = is_match(s, p)
    assert expected is None or expected == result, name
    return {"name": name, "input": {"s": s, "p": p}, "expected": result}


def pattern_for(rng, s, limit):
    # a pattern that matches s: runs of s become "x*", ".*", a few fixed letters or dots;
    # also returns the positions of s matched by a fixed letter of the pattern
    out = []
    literal = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        r = rng.random()
        if r < 0.4:
            out.append(s[i] + "*")
        elif r < 0.5:
            out.append(".*")
        elif r < 0.6:
            out.append("." * (j - i))
        else:
            out.append(s[i] * (j - i))
            literal.extend(range(i, j))
        i = j
    p = "".join(out)
    return (p, literal) if len(p) <= limit else (None, None)


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # long runs of a single letter and many starred tokens: trying every split is exponential
    tests.append(test("large: 1000 a's against 499 starred a's and a b", "a" * N, "a*" * 499 + "b", False))
    tests.append(test("large: 1000 a's against 333 starred a's and 'a.a'", "a" * N, "a*" * 333 + "a.a", True))

    # a random text and a pattern built to match it
    while True:
        s = "".join(rng.choice("aab") * rng.randint(1, 4) for _ in range(400))[:N]
        p, literal = pattern_for(rng, s, N)
        if p is not None:
            break
    tests.append(test("large: a pattern built from the text", s, p, True))

    # the same with one letter of the text changed where the pattern holds a fixed letter
    t = list(s)
    t[literal[len(literal) * 3 // 4]] = 'c'
    tests.append(test("large: a pattern built from the text, one letter changed", "".join(t), p, False))

    # many wildcards: ".*" between single letters that must appear in order
    s = "".join(rng.choice("abcdefghij") for _ in range(N))
    letters = sorted(rng.sample(range(N), 300))
    p = ".*" + ".*".join(s[i] for i in letters) + ".*"
    tests.append(test("large: 300 letters in order with .* between", s, p[:N], None))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
