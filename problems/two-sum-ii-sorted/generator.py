# Makes the large hidden tests of Two Sum II - Sorted Input (n = 100000), with the pair far to the
# right so that trying every pair from the left is too slow.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
B = 10**9


def two_sum_sorted(numbers, target):
    # the reference: two pointers from both ends
    lo, hi = 0, len(numbers) - 1
    while lo < hi:
        s = numbers[lo] + numbers[hi]
        if s == target:
            return [lo + 1, hi + 1]
        if s < target:
            lo += 1
        else:
            hi -= 1
    return []


def pairs_with_sum(numbers, target):
    # how many index pairs i < j reach the target (to prove the answer is unique)
    count = {}
    total = 0
    for x in numbers:
        total += count.get(target - x, 0)
        count[x] = count.get(x, 0) + 1
    return total


def build(rng, n, low, high, a, b):
    # multiples of 4 in [low, high], and a and b (both 1 modulo 4): only a + b is 2 modulo 4
    assert a % 4 == 1 and b % 4 == 1
    numbers = [4 * rng.randint(-(-low // 4), high // 4) for _ in range(n - 2)] + [a, b]
    numbers.sort()
    return numbers, a + b


def test(name, numbers, target):
    assert 2 <= len(numbers) <= N and all(-B <= x <= B for x in numbers) and -B <= target <= B
    assert numbers == sorted(numbers) and pairs_with_sum(numbers, target) == 1
    return {"name": name, "input": {"numbers": numbers, "target": target},
            "expected": two_sum_sorted(numbers, target)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    # the two largest numbers are the pair
    numbers, target = build(rng, N, -B, 499999996, 499999997, 500000001)
    tests.append(test("large: the pair is the last two numbers", numbers, target))
    # the pair sits next to each other in the middle
    numbers, target = build(rng, N, -B, B, 1, 5)
    tests.append(test("large: the pair is adjacent, in the middle", numbers, target))
    # many repeated values, and the pair is two equal numbers
    numbers, target = build(rng, N, -40000, 40000, -499999999, -499999999)
    tests.append(test("large: many duplicates, the pair is two equal numbers", numbers, target))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
