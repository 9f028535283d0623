# Makes the large hidden tests of Implement a Trie at the statement's limits (100000 calls besides
# the constructor, 300000 inserted letters in all, words and prefixes of up to 20 letters), too big
# for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

MAX_CALLS = 100000
MAX_LETTERS = 300000
MAX_LEN = 20


def replay(calls, args):
    # the reference: a set of the words and a set of every prefix of them
    words, prefixes = set(), set()
    out = [None]
    for name, (text,) in zip(calls[1:], args[1:]):
        if name == "insert":
            words.add(text)
            for i in range(1, len(text) + 1):
                prefixes.add(text[:i])
            out.append(None)
        elif name == "search":
            out.append(text in words)
        else:
            out.append(text in prefixes)
    return out


def test(name, ops):
    calls = ["Trie"] + [op[0] for op in ops]
    args = [[]] + [[op[1]] for op in ops]
    assert len(ops) == MAX_CALLS
    assert sum(len(t) for c, t in ops if c == "insert") <= MAX_LETTERS
    assert all(1 <= len(t) <= MAX_LEN and t.isalpha() and t.islower() for _, t in ops)
    return {"name": name, "input": {"calls": calls, "args": args}, "expected": replay(calls, args)}


def word(rng, length, letters):
    return "".join(rng.choice(letters) for _ in range(length))


def query(rng, inserted, letters, length=None):
    # a query close to the inserted words: one of them, a prefix of one, one with a changed or an
    # added letter, or random letters
    r = rng.random()
    if not inserted or r < 0.1:
        return word(rng, length or rng.randint(1, MAX_LEN), letters)
    w = rng.choice(inserted)
    if r < 0.4:
        return w
    if r < 0.65:
        return w[:rng.randint(1, len(w))] if length is None else w
    if r < 0.9:
        i = rng.randrange(len(w)) if length is None else len(w) - 1 - int(rng.expovariate(0.7)) % len(w)
        return w[:i] + rng.choice(letters) + w[i + 1:]
    return (w + word(rng, 1, letters))[:MAX_LEN]


def interleave(rng, inserts, n_queries, letters, length=None):
    # the inserts spread over the test, denser at the start; each query asks about the words
    # inserted so far
    ops, inserted = [], []
    total = len(inserts) + n_queries
    pending = list(inserts)
    for i in range(total):
        left = total - i
        if pending and (rng.random() < 2.0 * len(pending) / left or len(pending) == left):
            w = pending.pop()
            ops.append(("insert", w))
            inserted.append(w)
        else:
            ops.append((rng.choice(("search", "startsWith")), query(rng, inserted, letters, length)))
    return ops


def main():
    rng = random.Random(int(sys.argv[1]))
    az = "abcdefghijklmnopqrstuvwxyz"
    tests = []

    # 15000 words of 20 letters (300000 letters) and 85000 queries of 20 letters each
    inserts = [word(rng, MAX_LEN, az) for _ in range(MAX_LETTERS // MAX_LEN)]
    tests.append(test("large: 15000 words of 20 letters, 85000 queries of 20 letters",
                      interleave(rng, inserts, MAX_CALLS - len(inserts), az, length=MAX_LEN)))

    # 50000 short words (300000 letters, 1 to 11 letters each), 50000 queries
    inserts, letters_left = [], MAX_LETTERS
    while len(inserts) < 50000:
        n = min(letters_left - (49999 - len(inserts)), rng.randint(1, 11))
        inserts.append(word(rng, n, az))
        letters_left -= n
    tests.append(test("large: 50000 short words, 50000 queries",
                      interleave(rng, inserts, MAX_CALLS - len(inserts), az)))

    # letters a and b only: long shared prefixes, so every query walks deep
    inserts = [word(rng, rng.randint(16, MAX_LEN), "ab") for _ in range(16000)]
    while sum(map(len, inserts)) > MAX_LETTERS:
        inserts.pop()
    tests.append(test("large: %d words of 16 to 20 letters a and b, deep shared prefixes" % len(inserts),
                      interleave(rng, inserts, MAX_CALLS - len(inserts), "ab")))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
