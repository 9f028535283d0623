# Makes the large hidden tests of Hand of Straights (100000 cards).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys
from collections import Counter

N = 100000
TOP = 10**9


def straight_hand(hand, group_size):
    # the reference: the smallest value left starts as many groups as it has cards
    if len(hand) % group_size:
        return False
    count = Counter(hand)
    for v in sorted(count):
        c = count[v]
        if c:
            for w in range(v, v + group_size):
                if count.get(w, 0) < c:
                    return False
                count[w] -= c
    return True


def runs(rng, group_size, lowest, highest):
    # N / group_size runs of group_size consecutive values with random starts, shuffled
    hand = []
    for _ in range(N // group_size):
        start = rng.randint(lowest, highest - group_size + 1)
        hand.extend(range(start, start + group_size))
    rng.shuffle(hand)
    return hand


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, hand, group_size):
        assert len(hand) == N and all(0 <= v <= TOP for v in hand) and 1 <= group_size <= N
        expected = straight_hand(hand, group_size)
        tests.append(json.dumps({"name": name, "input": {"hand": hand, "groupSize": group_size},
                                 "expected": expected}, separators=(",", ":")))

    hand = list(range(N))
    rng.shuffle(hand)
    add("large: 100000 different cards in groups of 2", hand, 2)
    add("large: overlapping runs of 5, values up to 10^9", runs(rng, 5, TOP - 3000, TOP), 5)
    hand = runs(rng, 4, 0, 2000)
    hand[rng.randrange(N)] += 1
    add("large: overlapping runs of 4, one card off by one", hand, 4)
    hand = [TOP - v for v in range(N)]
    rng.shuffle(hand)
    add("large: one group of all 100000 cards", hand, N)
    hand[rng.randrange(N)] = TOP - N
    add("large: one group of 100000 cards with a gap", hand, N)
    add("large: 100000 equal cards in groups of 2", [777] * N, 2)
    sys.stdout.write("[" + ",".join(tests) + "]")


main()
