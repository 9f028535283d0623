# Makes the large hidden tests of Minimum Interval to Include Each Query (10^5 intervals and 10^5
# queries). Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import heapq
import json
import random
import sys

N = 100000
TOP = 10**7


def min_interval(intervals, queries):
    # the reference: queries from small to large, candidates in a min-heap by size
    intervals = sorted(intervals)
    answers = [-1] * len(queries)
    heap = []
    i = 0
    for j in sorted(range(len(queries)), key=queries.__getitem__):
        q = queries[j]
        while i < len(intervals) and intervals[i][0] <= q:
            heapq.heappush(heap, (intervals[i][1] - intervals[i][0] + 1, intervals[i][1]))
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        if heap:
            answers[j] = heap[0][0]
    return answers


def test(name, intervals, queries):
    return {"name": name, "input": {"intervals": intervals, "queries": queries},
            "expected": min_interval(intervals, queries)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    iv = []
    for _ in range(N):
        left = rng.randint(1, TOP)
        iv.append([left, min(TOP, left + rng.randint(0, rng.choice((0, 10, 1000, 100000, 1000000))))])
    qs = [rng.randint(1, TOP) for _ in range(N)]
    tests.append(test("large: random intervals and queries", iv, qs))

    # nested intervals around the middle, queries on and around their ends
    iv = []
    for _ in range(N):
        w = rng.randint(0, TOP // 2 - 1)
        iv.append([TOP // 2 - w, TOP // 2 + w + rng.randint(0, 1)])
    qs = [rng.choice(iv)[rng.randint(0, 1)] + rng.randint(-1, 1) for _ in range(N)]
    qs = [min(TOP, max(1, q)) for q in qs]
    tests.append(test("large: nested intervals, queries at their ends", iv, qs))

    # short intervals in a narrow band, queries everywhere: most are covered by nothing
    iv = []
    for _ in range(N):
        left = rng.randint(1, 10**6)
        iv.append([left, left + rng.randint(0, 3)])
    qs = [rng.randint(1, TOP) for _ in range(N)]
    tests.append(test("large: short intervals, most queries uncovered", iv, qs))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
