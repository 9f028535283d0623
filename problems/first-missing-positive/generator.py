# Makes the large hidden tests of First Missing Positive (n = 100000), where searching the array for
# each candidate 1, 2, 3, ... is too slow.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
LO, HI = -2**31, 2**31 - 1


def first_missing_positive(nums):
    # the reference: a set of the values, and the first positive number not in it
    present = set(nums)
    k = 1
    while k in present:
        k += 1
    return k


def test(name, nums):
    assert 1 <= len(nums) <= N and all(LO <= x <= HI for x in nums)
    return {"name": name, "input": {"nums": nums}, "expected": first_missing_positive(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    nums = list(range(1, N + 1))
    rng.shuffle(nums)
    tests.append(test("large: 1 to 100000 shuffled", nums))
    # 1 to n with the value 99990 replaced by a duplicate of another
    nums = list(range(1, N + 1))
    nums[99989] = 31415
    rng.shuffle(nums)
    tests.append(test("large: 99990 missing, a duplicate in its place", nums))
    # 1 to 60000 each once or twice, and the rest from the whole int range
    nums = list(range(1, 60001)) + [rng.randint(1, 60000) for _ in range(10000)]
    while len(nums) < N:
        x = rng.choice((rng.randint(LO, 0), rng.randint(60002, HI), HI, LO, 0))
        nums.append(x)
    rng.shuffle(nums)
    tests.append(test("large: 1 to 60000 with repeats, the rest anywhere in the int range", nums))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
