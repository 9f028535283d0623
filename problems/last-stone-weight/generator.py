# Makes the large hidden tests of Last Stone Weight (100000 stones).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import heapq
import json
import random
import sys

N = 100000
TOP = 10**9


def last_stone(stones):
    # the reference: a max-heap of the weights (negated for heapq)
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y = -heapq.heappop(heap)
        x = -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0


def test(name, stones):
    return {"name": name, "input": {"stones": stones}, "expected": last_stone(stones)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = [
        test("large: 100000 random stones up to 10^9", [rng.randint(1, TOP) for _ in range(N)]),
        test("large: 99999 stones from 1 to 1000, many equal", [rng.randint(1, 1000) for _ in range(N - 1)]),
    ]
    # one huge stone and many small ones: the leftovers shrink it step by step
    stones = [rng.randint(1, 5000) for _ in range(N - 1)] + [TOP]
    rng.shuffle(stones)
    tests.append(test("large: one stone of 10^9 among 99999 small ones", stones))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
