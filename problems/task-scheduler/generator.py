# Makes the large hidden tests of Task Scheduler (100000 tasks, cooldowns up to 1000).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import string
import sys

L = 100000


def least_interval(tasks, n):
    # the reference: the frame of the most frequent tasks, or the number of tasks if larger
    counts = {}
    for t in tasks:
        counts[t] = counts.get(t, 0) + 1
    most = max(counts.values())
    tied = sum(1 for c in counts.values() if c == most)
    return max(len(tasks), (most - 1) * (n + 1) + tied)


def test(name, tasks, n):
    return {"name": name, "input": {"tasks": tasks, "n": n}, "expected": least_interval(tasks, n)}


def main():
    rng = random.Random(int(sys.argv[1]))
    letters = string.ascii_uppercase
    tests = []

    tests.append(test("large: 100000 copies of one task, n=1000", ["M"] * L, 1000))

    # one task takes half of the list, the rest is spread over the other letters
    tasks = ["E"] * (L // 2) + [rng.choice(letters[5:]) for _ in range(L - L // 2)]
    rng.shuffle(tasks)
    tests.append(test("large: one task is half of 100000, n=999", tasks, 999))

    # four tasks tied at the top and many others: the frame and the count are close
    tasks = [c for c in "WXYZ" for _ in range(5000)]
    tasks += [rng.choice(letters[:22]) for _ in range(L - len(tasks))]
    rng.shuffle(tasks)
    tests.append(test("large: 100000 tasks, four tied at the top, n=31", tasks, 31))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
