# Makes the large hidden tests of Find Median from Data Stream at the statement's limits (100000
# calls besides the constructor, numbers over the whole 32-bit range), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import heapq
import json
import random
import sys

MAX_CALLS = 100000
LOW, HIGH = -2**31, 2**31 - 1


def replay(calls, args):
    # the reference: a max-heap (negated) of the lower half and a min-heap of the upper half
    low, high = [], []
    out = [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "addNum":
            heapq.heappush(high, -heapq.heappushpop(low, -a[0]))
            if len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
            out.append(None)
        elif len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append((-low[0] + high[0]) / 2)
    return out


def test(name, nums, find_after):
    # find_after(i): whether findMedian is called after the i-th addNum (counted from 1)
    calls, args = ["MedianFinder"], [[]]
    for i, x in enumerate(nums, 1):
        calls.append("addNum")
        args.append([x])
        if find_after(i):
            calls.append("findMedian")
            args.append([])
    assert len(calls) - 1 <= MAX_CALLS and all(LOW <= x <= HIGH for x in nums)
    return {"name": name, "input": {"calls": calls, "args": args}, "expected": replay(calls, args)}


def main():
    rng = random.Random(int(sys.argv[1]))
    half = MAX_CALLS // 2
    tests = [
        test("large: 50000 random numbers, the median after each",
             [rng.randint(LOW, HIGH) for _ in range(half)], lambda i: True),
        test("large: 50000 increasing numbers up to 2^31 - 1, the median after each",
             [HIGH - 3 * (half - 1) + 3 * i - rng.randint(0, 2) for i in range(half)], lambda i: True),
        test("large: 75000 numbers from -5 to 5 and the extremes, 25000 medians",
             [rng.choice((LOW, HIGH)) if rng.random() < 0.1 else rng.randint(-5, 5)
              for _ in range(75000)], lambda i: i % 3 == 0),
    ]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
