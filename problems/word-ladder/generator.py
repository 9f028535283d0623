# Makes the large hidden tests of Word Ladder (up to 20000 words of up to 10 letters).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from collections import deque

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def ladder(begin, end, words):
    # the reference: a plain breadth-first search trying every letter at every position
    words = set(words)
    if end not in words:
        return 0
    dist = {begin: 1}
    queue = deque([begin])
    while queue:
        w = queue.popleft()
        for i in range(len(w)):
            for ch in LETTERS:
                v = w[:i] + ch + w[i + 1:]
                if v in words and v not in dist:
                    dist[v] = dist[w] + 1
                    if v == end:
                        return dist[v]
                    queue.append(v)
    return 0


def neighbours(word, index):
    # the words of the index that differ from word in exactly one letter
    found = set()
    for i in range(len(word)):
        for v in index.get(word[:i] + '*' + word[i + 1:], ()):
            if v != word:
                found.add(v)
    return found


def add_to(index, word):
    for i in range(len(word)):
        index.setdefault(word[:i] + '*' + word[i + 1:], []).append(word)


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, begin, end, words):
        assert len(words) <= 20000 and len(set(words)) == len(words)
        assert all(len(w) == len(begin) for w in words) and begin != end
        tests.append({"name": name, "input": {"beginWord": begin, "endWord": end, "wordList": words},
                      "expected": ladder(begin, end, words)})

    # 20000 random words of 8 letters from a b c d: a dense graph, short ladders
    pool = set()
    while len(pool) < 20000:
        pool.add(''.join(rng.choice("abcd") for _ in range(8)))
    words = sorted(pool)
    rng.shuffle(words)
    add("large: 20000 dense words, begin not in the list", "aaaaaaaa" if "aaaaaaaa" not in pool else "dddddddd",
        words[0], words)

    # one long ladder of 5000 words without shortcuts, and 15000 side words that hang off it like the
    # branches of a tree (each joined to exactly one word already there)
    index = {}
    chain = [''.join(rng.choice(LETTERS) for _ in range(10))]
    add_to(index, chain[0])
    taken = {chain[0]}
    while len(chain) < 5000:
        w = chain[-1]
        i = rng.randrange(10)
        v = w[:i] + rng.choice(LETTERS) + w[i + 1:]
        if v in taken or neighbours(v, index) != {w}:
            continue
        chain.append(v)
        taken.add(v)
        add_to(index, v)
    everything = list(chain)
    while len(everything) < 20000:
        w = rng.choice(everything)
        i = rng.randrange(10)
        v = w[:i] + rng.choice(LETTERS) + w[i + 1:]
        if v in taken or neighbours(v, index) != {w}:
            continue
        everything.append(v)
        taken.add(v)
        add_to(index, v)
    words = everything[1:]
    rng.shuffle(words)
    add("large: a ladder of 5000 words among 20000", chain[0], chain[-1], words)

    # the same words with the ladder cut in its middle: every reachable word is visited, answer 0
    cut = chain[2500]
    words_cut = [w for w in words if w != cut]
    add("large: the same ladder cut in the middle", chain[0], chain[-1], words_cut)

    # the end word is missing from the list
    add("large: the end word is not in the list", chain[0], chain[-1], [w for w in words if w != chain[-1]])

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
