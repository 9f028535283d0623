# Makes the large hidden tests of Replace Words: 20000 roots and sentences of about 500000
# characters (the statement's limits), too big for tests.json and for comparing every word with
# every root.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

MAX_ROOTS = 20000
ROOT_LETTERS = 200000
SENTENCE = 500000


def replaced(roots, words):
    # the reference: the roots in a trie of dicts; each word walks down it until a root ends
    trie = {}
    for root in roots:
        node = trie
        for ch in root:
            node = node.setdefault(ch, {})
        node["$"] = True
    out = []
    for word in words:
        node = trie
        result = word
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:
                result = word[:i + 1]
                break
        out.append(result)
    return " ".join(out) + "\n"


def test(name, roots, words):
    assert 1 <= len(roots) <= MAX_ROOTS and sum(map(len, roots)) <= ROOT_LETTERS
    assert all(1 <= len(r) <= 100 for r in roots) and all(1 <= len(w) <= 1000 for w in words)
    sentence = " ".join(words)
    assert 1 <= len(sentence) <= SENTENCE
    text = "%d\n%s\n%s\n" % (len(roots), "\n".join(roots), sentence)
    return {"name": name, "input": text, "expected": replaced(roots, words)}


def word_list(rng, make):
    # words from make() until the sentence is as long as allowed
    words, length = [], -1
    while True:
        w = make()
        if length + 1 + len(w) > SENTENCE:
            return words
        words.append(w)
        length += 1 + len(w)


def rand(rng, letters, lo, hi):
    return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # letters a to j: 20000 roots of 4 to 15 letters; half of the words begin with a root, the
    # rest are random and mostly begin with none
    letters = "abcdefghij"
    roots = [rand(rng, letters, 4, 15) for _ in range(MAX_ROOTS)]
    tests.append(test("large: 20000 roots, words of letters a to j", roots, word_list(
        rng, lambda: rng.choice(roots) + rand(rng, letters, 0, 4) if rng.random() < 0.5
        else rand(rng, letters, 3, 12))))

    # long roots that share long beginnings: c...c plus up to 100 letters of a and b; the words
    # are 150 letters long, so each one walks far down the trie
    base = "c" * 60
    roots = set()
    while len(roots) < 2000:
        roots.add(base + rand(rng, "ab", 10, 40))
    roots = sorted(roots)
    rng.shuffle(roots)
    tests.append(test("large: 2000 roots of 70 to 100 letters, words of 150 letters", roots, word_list(
        rng, lambda: base + rand(rng, "ab", 90, 90))))

    # every root is one or two letters, duplicates included, and most words are short
    roots = [rand(rng, "xyzw", 1, 2) for _ in range(MAX_ROOTS)]
    roots = [r for r in roots if r != "w"]
    tests.append(test("large: 20000 roots of one or two letters, duplicates", roots, word_list(
        rng, lambda: rand(rng, "vwxyz", 1, 3))))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
