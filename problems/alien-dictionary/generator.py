# Makes the large hidden tests of Alien Dictionary (20000 words of up to 50 letters).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import heapq
import json
import random
import string
import sys


def alien_order(words):
    # the reference: rules from neighbouring words, then Kahn's algorithm with a min-heap
    present = sorted(set("".join(words)))
    after = {c: set() for c in present}
    indegree = {c: 0 for c in present}
    for a, b in zip(words, words[1:]):
        i = 0
        while i < len(a) and i < len(b) and a[i] == b[i]:
            i += 1
        if i < len(a) and i < len(b):
            if b[i] not in after[a[i]]:
                after[a[i]].add(b[i])
                indegree[b[i]] += 1
        elif len(a) > len(b):
            return ""
    heap = [c for c in present if indegree[c] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        c = heapq.heappop(heap)
        order.append(c)
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                heapq.heappush(heap, d)
    return "".join(order) if len(order) == len(present) else ""


def sorted_by(alphabet, words):
    rank = {c: i for i, c in enumerate(alphabet)}
    return sorted(words, key=lambda w: [rank[c] for c in w])


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, words):
        assert 1 <= len(words) <= 20000 and all(1 <= len(w) <= 50 for w in words)
        tests.append({"name": name, "input": {"words": words}, "expected": alien_order(words)})

    def random_words(letters, count, longest):
        return [''.join(rng.choice(letters) for _ in range(rng.randint(1, longest))) for _ in range(count)]

    # all 26 letters in a random alien order, 20000 words sorted by it
    alphabet = list(string.ascii_lowercase)
    rng.shuffle(alphabet)
    words = sorted_by(alphabet, random_words(alphabet, 20000, 50))
    add("large: 20000 words over all 26 letters", words)

    # the same words with two neighbouring words that differ swapped: a contradiction
    i = 12345
    while words[i] == words[i + 1] or words[i + 1].startswith(words[i]):
        i += 1
    swapped = words[:i] + [words[i + 1], words[i]] + words[i + 2:]
    add("large: two neighbouring words swapped", swapped)

    # eight letters only, and long words that share long beginnings: the rules come from deep inside
    letters = list("qwertyui")
    rng.shuffle(letters)
    stems = random_words(letters, 40, 40)
    words = [s + ''.join(rng.choice(letters) for _ in range(rng.randint(0, 10))) for s in stems for _ in range(500)]
    add("large: 8 letters, 20000 words with long shared beginnings", sorted_by(letters, words))

    # sorted words with one word moved right after a longer word that starts with it
    words = sorted_by(alphabet, random_words(alphabet[:10], 20000, 12))
    j = next(k for k in range(15000, 19999) if words[k + 1].startswith(words[k]) and words[k + 1] != words[k])
    broken = words[:j] + [words[j + 1], words[j]] + words[j + 2:]
    add("large: a word followed by its own prefix deep in the list", broken)

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
