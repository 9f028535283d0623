# Makes the large hidden tests of Minimum Size Subarray Sum (n = 100000), where trying every start
# is too slow.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000


def min_sub_array_len(target, nums):
    # the reference: a window that grows on the right and shrinks on the left
    best = len(nums) + 1
    total = 0
    left = 0
    for right, x in enumerate(nums):
        total += x
        while total >= target:
            if right - left + 1 < best:
                best = right - left + 1
            total -= nums[left]
            left += 1
    return best if best <= len(nums) else 0


def test(name, target, nums):
    assert 1 <= target <= 10**9 and 1 <= len(nums) <= N and all(1 <= x <= 10**5 for x in nums)
    return {"name": name, "input": {"target": target, "nums": nums},
            "expected": min_sub_array_len(target, nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: all ones, the answer is half the array", 50000, [1] * N))
    nums = [rng.randint(1, 10**5) for _ in range(N)]
    tests.append(test("large: random values, target 10^9", 10**9, nums))
    nums = [rng.randint(1, 10**4) for _ in range(N)]
    tests.append(test("large: the whole array stays below the target", 10**9, nums))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
