# Makes the large hidden tests of Subarrays with K Different Integers (n = 100000), where extending
# every start is too slow and the count passes 2^31.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
B = 10**9


def exactly_k(nums, k):
    # the reference: for each right end, the window of starts that give exactly k values lies
    # between two left pointers (the first start with at most k values, the first with at most k - 1)
    count_a, count_b = {}, {}
    left_a = left_b = total = 0
    for x in nums:
        count_a[x] = count_a.get(x, 0) + 1
        count_b[x] = count_b.get(x, 0) + 1
        while len(count_a) > k:
            y = nums[left_a]
            count_a[y] -= 1
            if count_a[y] == 0:
                del count_a[y]
            left_a += 1
        while len(count_b) > k - 1:
            y = nums[left_b]
            count_b[y] -= 1
            if count_b[y] == 0:
                del count_b[y]
            left_b += 1
        total += left_b - left_a
    return total


def test(name, nums, k):
    assert 1 <= len(nums) <= N and 1 <= k <= len(nums) and all(-B <= x <= B for x in nums)
    return {"name": name, "input": {"nums": nums, "k": k}, "expected": exactly_k(nums, k)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    tests.append(test("large: one value repeated, k = 1, more than 2^31 subarrays", [-7] * N, 1))
    pool = [rng.randint(-B, B) for _ in range(40)]
    tests.append(test("large: 40 values in long runs, k = 3",
                      [x for x in (rng.choice(pool) for _ in range(N // 50)) for _ in range(50)], 3))
    nums = [rng.randint(-B, B) for _ in range(N)]
    for i in range(0, N, 7):
        nums[i] = nums[rng.randrange(N)]
    tests.append(test("large: values from the whole range, k = 2000", nums, 2000))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
