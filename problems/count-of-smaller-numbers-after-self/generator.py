# Makes the large hidden tests of Count of Smaller Numbers After Self (n = 100000).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
TOP = 10**9


def count_smaller(nums):
    # the reference: from the right end, a Fenwick tree over the ranks of the values seen so far
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    out = [0] * len(nums)
    for i in range(len(nums) - 1, -1, -1):
        r = ranks[nums[i]]
        j, s = r - 1, 0
        while j:
            s += tree[j]
            j &= j - 1
        out[i] = s
        while r <= size:
            tree[r] += 1
            r += r & -r
    return out


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, nums):
        tests.append(json.dumps({"name": name, "input": {"nums": nums}, "expected": count_smaller(nums)},
                                separators=(",", ":")))

    add("large: n=100000 random values in [-10^9, 10^9]", [rng.randint(-TOP, TOP) for _ in range(N)])
    add("large: n=100000 strictly decreasing", [TOP - 3 * i for i in range(N)])
    add("large: n=100000 increasing with repeats", sorted(rng.randint(-TOP, TOP) // 7 for _ in range(N)))
    add("large: n=100000 only -1, 0 and 1", [rng.randint(-1, 1) for _ in range(N)])
    add("large: n=100000 all equal to -10^9", [-TOP] * N)
    add("large: n=100000 the extremes alternating, then a falling run",
        [TOP if i % 2 else -TOP for i in range(N // 2)] + list(range(N // 2, 0, -1)))
    sys.stdout.write("[" + ",".join(tests) + "]")


main()
