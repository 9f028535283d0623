# Makes the large hidden tests of Meeting Rooms II (n = 200000 meetings).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000
TOP = 10**9


def rooms(meetings):
    # the reference: sweep the sorted starts and ends; an end at the same time frees the room first
    starts = sorted(s for s, _ in meetings)
    ends = sorted(e for _, e in meetings)
    busy = best = j = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            busy -= 1
        busy += 1
        best = max(best, busy)
    return best


def test(name, meetings):
    text = "%d\n" % len(meetings) + "".join("%d %d\n" % m for m in meetings)
    return {"name": name, "input": text, "expected": "%d\n" % rooms(meetings)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    m = []
    for _ in range(N):
        s = rng.randint(0, TOP - 1)
        m.append((s, min(TOP, s + rng.randint(1, 20000))))
    tests.append(test("large: n=200000, random meetings of up to 20000", m))

    # back-to-back meetings in rows: each row is a chain of touching meetings, 7 rows
    m = []
    for _ in range(7):
        cuts = sorted(rng.sample(range(TOP + 1), N // 7 + 1))
        m += [(cuts[k], cuts[k + 1]) for k in range(N // 7)]
    m += [(0, TOP)] * (N - len(m))
    rng.shuffle(m)
    tests.append(test("large: n=200000, rows of back-to-back meetings", m))

    # everyone meets around noon: a huge pile-up, with copies
    m = []
    for _ in range(N):
        s = rng.randint(0, 5 * 10**8)
        m.append((s, rng.randint(5 * 10**8 + 1, TOP)))
    tests.append(test("large: n=200000, all meetings share one moment", m))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
