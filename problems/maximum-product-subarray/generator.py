# Makes the large hidden tests of maximum-product-subarray (n = 100000).
# Every subarray's product stays within 10^15 in absolute value, as the statement promises.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
LIMIT = 10**15


def max_product(nums):
    # the reference: the largest and the smallest product of a subarray ending at each element
    hi = lo = best = nums[0]
    for x in nums[1:]:
        a, b = hi * x, lo * x
        hi, lo = max(x, a, b), min(x, a, b)
        best = max(best, hi)
    return best


def within_limit(nums):
    # the largest absolute product of a subarray is the product of a whole zero-free run
    p = 1
    for x in nums + [0]:
        if x == 0:
            if p > LIMIT:
                return False
            p = 1
        else:
            p *= abs(x)
    return True


def run(rng, length, budget):
    # a zero-free run: mostly +-1, and a few larger factors whose product is at most `budget`
    out = [rng.choice((1, -1)) for _ in range(length)]
    p = 1
    tries = 0
    while tries < 200:
        f = rng.randint(2, 10)
        if p * f > budget:
            tries += 1
            continue
        p *= f
        out[rng.randrange(length)] = f * rng.choice((1, -1))
        # a position may be overwritten; recount the real product
        p = 1
        for x in out:
            p *= abs(x)
    return out


def test(name, nums):
    assert 1 <= len(nums) <= N and all(-10 <= x <= 10 for x in nums) and within_limit(nums)
    return {"name": name, "input": {"nums": nums}, "expected": max_product(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    # runs of random length between zeros, each with a product of at most 10^15
    nums = []
    while len(nums) < N:
        nums += run(rng, rng.randint(1, 3000), LIMIT)
        nums.append(0)
    tests.append(test("large: n = 100000, zero-free runs between zeros", nums[:N]))
    # no zero at all: the whole array is one run (an odd number of negatives somewhere)
    tests.append(test("large: n = 100000, no zero, product up to 10^15", run(rng, N, LIMIT)))
    # all -1 with -10 at the start, -3 at the end, -2 in the middle and one 1: an odd number of
    # negatives, so the best subarray leaves out one end, and the right one to leave out is the -3
    nums = [-1] * N
    nums[0], nums[N - 1], nums[N // 2], nums[1] = -10, -3, -2, 1
    tests.append(test("large: n = 100000, minus ones, an odd count of negatives", nums))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
