# Makes the large hidden tests of Jump Game II (n = 100000).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
TOP = 10**5


def min_jumps(nums):
    # the reference: breadth-first by layers of stones reachable with the same number of jumps
    jumps = end = farthest = 0
    for i in range(len(nums) - 1):
        farthest = max(farthest, i + nums[i])
        if i == end:
            jumps += 1
            end = farthest
    return jumps


def reachable(rng, nums, low, high):
    # wherever the stones so far cannot get past stone i, give stone i a jump: the last stone is
    # then always reachable
    farthest = 0
    for i in range(len(nums) - 1):
        if farthest <= i and i + nums[i] <= i:
            nums[i] = rng.randint(low, high)
        farthest = max(farthest, i + nums[i])
    return nums


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, nums):
        assert len(nums) == N and all(0 <= v <= TOP for v in nums)
        tests.append(json.dumps({"name": name, "input": {"nums": nums}, "expected": min_jumps(nums)},
                                separators=(",", ":")))

    add("large: n=100000, every jump 100000", [TOP] * N)
    add("large: n=100000, every jump 1", [1] * N)
    add("large: n=100000, random jumps 1..1000", [rng.randint(1, 1000) for _ in range(N)])
    add("large: n=100000, mostly dead ends",
        reachable(rng, [rng.randint(1, 400) if rng.random() < 0.05 else 0 for _ in range(N)], 1, 400))
    # every 100th stone jumps 100, onto another such stone; the stone one before each of them
    # jumps 301, past the next two
    nums = [1] * N
    for i in range(0, N - 1, 100):
        nums[i] = 100
        if i % 200 == 0 and i + 99 < N:
            nums[i + 99] = 301
    add("large: n=100000, the longest jump is never the best", nums)
    # in every block of 1000 stones, each stone reaches exactly the start of the next block
    add("large: n=100000, sawtooth jumps 1000, 999, ..., 1", [1000 - i % 1000 for i in range(N)])
    sys.stdout.write("[" + ",".join(tests) + "]")


main()
