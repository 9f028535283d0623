# Makes the large hidden tests of Partition Labels (strings of 100000 letters).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import string
import sys

N = 100000


def partition(s):
    # the reference: cut where the farthest last occurrence of the letters seen so far is reached
    last = {c: i for i, c in enumerate(s)}
    sizes, start, end = [], 0, 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes


def test(name, s):
    assert len(s) == N
    return {"name": name, "input": {"s": s}, "expected": partition(s)}


def main():
    rng = random.Random(int(sys.argv[1]))
    letters = string.ascii_lowercase
    tests = []

    # 26 pieces of random lengths, each a shuffle of its own letters
    groups = list(letters)
    rng.shuffle(groups)
    cuts = sorted(rng.sample(range(1, N), 25))
    bounds = [0] + cuts + [N]
    s = "".join(groups[k] * (bounds[k + 1] - bounds[k]) for k in range(26))
    tests.append(test("large: 26 pieces of one letter each", s))

    # pieces of several letters; some letters are single, and the pieces are shuffled inside
    order = list(letters)
    rng.shuffle(order)
    parts, k = [], 0
    while k < 26:
        size = rng.randint(1, 4)
        parts.append(order[k:k + size])
        k += size
    cuts = sorted(rng.sample(range(1, N), len(parts) - 1))
    bounds = [0] + cuts + [N]
    pieces = []
    for j, group in enumerate(parts):
        length = bounds[j + 1] - bounds[j]
        piece = [group[t % len(group)] for t in range(length)]
        rng.shuffle(piece)
        pieces.append("".join(piece))
    tests.append(test("large: pieces of mixed letters", "".join(pieces)))

    # random letters, but the first and the last letter are the same: one piece
    s = "".join(rng.choice(letters[:5]) for _ in range(N - 1)) + "q"
    s = "q" + s[1:]
    tests.append(test("large: the first letter comes back at the end", s))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
