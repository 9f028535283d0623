# Makes the large hidden tests of Palindrome Pairs: 10000 distinct words (the statement's limit),
# about 100 million ordered pairs, too many to try one by one.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 10000
MAX_LEN = 300
TOTAL = 200000


def palindrome_pairs(words):
    # the reference: cut each word in two at every place; a palindromic part next to the cut and
    # the other part's reverse among the words make a pair
    index = {w: i for i, w in enumerate(words)}
    pairs = []
    for i, w in enumerate(words):
        for j in range(len(w) + 1):
            left, right = w[:j], w[j:]
            k = index.get(left[::-1])
            if k is not None and k != i and right == right[::-1]:
                pairs.append([i, k])
            k = index.get(right[::-1])
            if j > 0 and k is not None and k != i and left == left[::-1]:
                pairs.append([k, i])
    return pairs


def test(name, words):
    assert 1 <= len(words) <= N and len(set(words)) == len(words)
    assert all(len(w) <= MAX_LEN for w in words) and sum(map(len, words)) <= TOTAL
    return {"name": name, "input": {"words": words}, "expected": palindrome_pairs(words)}


def rand(rng, letters, lo, hi):
    return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


def pal(rng, letters, lo, hi):
    # a palindrome of lo to hi letters
    half = rand(rng, letters, lo // 2, hi // 2)
    middle = rng.choice(letters) if 2 * len(half) < lo or (2 * len(half) < hi and rng.random() < 0.5) else ""
    return half + middle + half[::-1]


def finish(rng, words, letters, lo, hi):
    # fill up to N distinct words with random ones, in a random order
    words = set(words)
    while len(words) < N:
        words.add(rand(rng, letters, lo, hi))
    words = sorted(words)
    rng.shuffle(words)
    return words


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # pieces x with their reverses, and reverses followed or preceded by a palindrome, among random
    # words of letters a to c
    words = set()
    while len(words) < 2500:
        x = rand(rng, "abc", 1, 25)
        p = pal(rng, "abc", 0, 12)
        words.add(x)
        words.add(rng.choice([x[::-1], x[::-1] + p, p + x[::-1]]))
    tests.append(test("large: 10000 words of a to c, many reversed pieces", finish(rng, words, "abc", 0, 28)))

    # letters a and b only, short words: palindromes and their pieces are common
    tests.append(test("large: 10000 words of a's and b's, up to 16 letters", finish(rng, [], "ab", 0, 16)))

    # the words of a's from the empty one up to 150 letters (every two of them make a pair), a
    # few 300-letter palindromes, and random words of a and z
    words = ["a" * k for k in range(151)]
    while len(words) < 160:
        words.append(pal(rng, "az", 299, 300))
    tests.append(test("large: the empty word, words of a's, 300-letter palindromes",
                      finish(rng, words, "az", 1, 26)))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
