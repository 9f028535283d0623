# Makes the large hidden tests of Maximum Subarray (n = 100000).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
B = 10**9


def max_sub_array(nums):
    # the reference: Kadane's running best
    best = current = nums[0]
    for x in nums[1:]:
        current = x + current if current > 0 else x
        best = max(best, current)
    return best


def test(name, nums):
    return {"name": name, "input": {"nums": nums}, "expected": max_sub_array(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: random numbers in the whole range", [rng.randint(-B, B) for _ in range(N)]))
    tests.append(test("large: all 10^9, the sum is 10^14", [B] * N))
    tests.append(test("large: all negative", [rng.randint(-B, -1) for _ in range(N)]))
    # positive on average, with deep dips that are still worth crossing
    nums = [rng.randint(-B // 2, B) if rng.random() < 0.9 else -B for _ in range(N)]
    tests.append(test("large: mostly positive with dips of -10^9", nums))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
