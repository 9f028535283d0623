# Makes the large hidden tests of Insert Interval: 100000 sorted intervals that neither overlap nor
# touch, and a new interval that covers half of them, goes after all of them, falls into a gap or
# covers everything. Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
TOP = 10**9


def insert(intervals, new):
    # the reference: copy what ends before, grow over what overlaps or touches, copy the rest
    start, end = new
    result = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:
        result.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result


def tidy_list(rng, n):
    # 2n distinct sorted points paired up; one interval in ten shrunk to a single point
    points = sorted(rng.sample(range(TOP + 1), 2 * n))
    intervals = []
    for k in range(n):
        s, e = points[2 * k], points[2 * k + 1]
        if rng.random() < 0.1:
            e = s
        intervals.append([s, e])
    return intervals


def test(name, intervals, new):
    return {"name": name, "input": {"intervals": intervals, "newInterval": new},
            "expected": insert(intervals, new)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    iv = tidy_list(rng, N)
    a, b = iv[N // 4], iv[3 * N // 4]
    new = [rng.randint(a[0], a[1]), b[0]]           # ends exactly where an interval starts
    tests.append(test("large: n=100000, the new interval covers the middle half", iv, new))

    iv = tidy_list(rng, N - 1)
    last = iv[-1][1]
    new = [last + 1, rng.randint(last + 1, TOP)] if last < TOP else [TOP, TOP]
    tests.append(test("large: n=99999, the new interval goes after all of them", iv, new))

    iv = tidy_list(rng, N)
    k = rng.randrange(N // 3, 2 * N // 3)
    while iv[k + 1][0] - iv[k][1] < 3:
        k += 1
    new = [iv[k][1] + 1, iv[k + 1][0] - 1]          # fills a gap without touching its neighbours
    tests.append(test("large: n=100000, the new interval fills a gap and touches nothing", iv, new))

    iv = tidy_list(rng, N)
    tests.append(test("large: n=100000, the new interval covers everything", iv, [0, TOP]))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))  # one write: json.dump writes piece by piece


main()
