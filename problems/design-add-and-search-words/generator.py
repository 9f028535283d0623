# Makes the large hidden tests of Design Add and Search Words Data Structure (10000 calls: many
# words of one length searched with dots, a dense trie over three letters, long words), too big for
# tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import itertools
import json
import random
import sys

MAX_CALLS = 10000
MAX_LEN = 20
AZ = "abcdefghijklmnopqrstuvwxyz"


def replay(calls, args):
    # the reference, another method than the solutions': every added word also stores each of its
    # forms with one or two letters replaced by '.', so a search (at most two dots) is a set lookup
    known = set()
    out = [None]
    for name, (word,) in zip(calls[1:], args[1:]):
        if name == "addWord":
            known.add(word)
            for k in (1, 2):
                for places in itertools.combinations(range(len(word)), k):
                    w = list(word)
                    for p in places:
                        w[p] = "."
                    known.add("".join(w))
            out.append(None)
        else:
            out.append(word in known)
    return out


def test(name, ops):
    assert len(ops) <= MAX_CALLS
    for op, w in ops:
        assert 1 <= len(w) <= MAX_LEN
        assert (w.isalpha() and w.islower()) if op == "addWord" else w.count(".") <= 2
    calls = ["WordDictionary"] + [op for op, _ in ops]
    args = [[]] + [[w] for _, w in ops]
    return {"name": name, "input": {"calls": calls, "args": args}, "expected": replay(calls, args)}


def with_dots(rng, word, letters):
    # a search near an added word: the word, with one letter changed, or with one or two dots
    w = list(word)
    r = rng.random()
    if r < 0.2:
        w[rng.randrange(len(w))] = rng.choice(letters)
    for _ in range(rng.choice((0, 1, 1, 2, 2)) if r >= 0.2 else rng.choice((0, 1))):
        w[rng.randrange(len(w))] = "."
    return "".join(w)


def mixed(rng, n_add, make_word, letters):
    # the adds spread over the test, more of them early; every search looks like an added word
    # (or a fresh random one), so about half the answers are true
    ops, added = [], []
    total = MAX_CALLS
    adds_left = n_add
    for i in range(total):
        if adds_left and rng.random() < 1.6 * adds_left / (total - i) or adds_left == total - i:
            w = make_word()
            ops.append(("addWord", w))
            added.append(w)
            adds_left -= 1
        else:
            base = rng.choice(added) if added and rng.random() < 0.8 else make_word()
            ops.append(("search", with_dots(rng, base, letters)))
    return ops


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    tests.append(test("large: 5000 words of 8 letters, 5000 searches",
                      mixed(rng, 5000, lambda: "".join(rng.choice(AZ) for _ in range(8)), AZ)))
    tests.append(test("large: words of 1 to 12 letters a, b and c (a dense trie), dots everywhere",
                      mixed(rng, 4000, lambda: "".join(rng.choice("abc") for _ in range(rng.randint(1, 12))),
                            "abc")))
    tests.append(test("large: 2000 words of 20 letters, 8000 searches",
                      mixed(rng, 2000, lambda: "".join(rng.choice(AZ[:6]) for _ in range(MAX_LEN)), AZ[:6])))
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
