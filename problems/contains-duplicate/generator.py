# Makes the large hidden tests of Contains Duplicate (n = 100000), where comparing every pair is too
# slow.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
B = 10**9


def contains_duplicate(nums):
    # the reference: a set of the values
    return len(set(nums)) < len(nums)


def test(name, nums):
    assert 1 <= len(nums) <= N and all(-B <= x <= B for x in nums)
    return {"name": name, "input": {"nums": nums}, "expected": contains_duplicate(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    nums = rng.sample(range(-B, B + 1), N)
    tests.append(test("large: 100000 different numbers", nums))
    nums = rng.sample(range(-B, B + 1), N - 1)
    nums.insert(N - 2, nums[-1])
    tests.append(test("large: the only repeat is the last two numbers", nums))
    nums = sorted(rng.sample(range(-B, B + 1), N - 1))
    nums.append(nums[0])
    tests.append(test("large: sorted, the first number repeated at the end", nums))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
