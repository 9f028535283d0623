# Makes the large hidden tests of majority-element: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys
from collections import Counter

INT_MIN, INT_MAX = -2**31, 2**31 - 1
N = 200000


def majority(nums):
    """The reference: count every value with a Counter."""
    if not nums:
        return None
    value, count = Counter(nums).most_common(1)[0]
    return value if count * 2 > len(nums) else None


def voting_candidate(nums):
    candidate, votes = None, 0
    for x in nums:
        if votes == 0:
            candidate, votes = x, 1
        elif x == candidate:
            votes += 1
        else:
            votes -= 1
    return candidate


def others(rng, count, avoid):
    out = []
    while len(out) < count:
        x = rng.randint(INT_MIN, INT_MAX)
        if x != avoid:
            out.append(x)
    return out


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = []

    # no majority: one value in exactly half of the positions, shuffled
    x = rng.randint(-10**9, 10**9)
    nums = [x] * (N // 2) + others(rng, N // 2, x)
    rng.shuffle(nums)
    cases.append(("n = 200000, one value in exactly half of the positions", nums))

    # no majority, but the voting pass ends on a value: half random values, then half one value
    x = rng.randint(-10**9, 10**9)
    nums = others(rng, N // 2, x) + [x] * (N // 2)
    assert voting_candidate(nums) == x
    cases.append(("n = 200000, the last half is one value: a candidate that is no majority", nums))

    # no majority: the survivor of the voting pass is a value that occurs only a few times
    a, b = rng.sample(range(-1000, 1000), 2)
    nums = [a, b] * (N // 2 - 3) + [a, b, 7777, 7777, 7777, 7777]
    # 7777 occurs 4 times, a and b N/2 - 2 times each
    assert voting_candidate(nums) == 7777 and majority(nums) is None
    cases.append(("n = 200000, two values alternate, a rare value ends the array", nums))

    # majority of exactly half + 1, shuffled
    x = rng.randint(-10**9, 10**9)
    nums = [x] * (N // 2 + 1) + others(rng, N // 2 - 1, x)
    rng.shuffle(nums)
    cases.append(("n = 200000, majority of half + 1, shuffled", nums))

    # majority of half + 1, all of it at the end
    x = rng.randint(-10**9, 10**9)
    nums = others(rng, N // 2 - 1, x) + [x] * (N // 2 + 1)
    cases.append(("n = 200000, majority of half + 1, all at the end", nums))

    # INT_MIN is the majority against INT_MAX
    nums = [INT_MIN] * (N // 2 + 1) + [INT_MAX] * (N // 2 - 1)
    rng.shuffle(nums)
    cases.append(("n = 200000, -2147483648 against 2147483647", nums))

    # all distinct
    nums = rng.sample(range(INT_MIN, INT_MAX), N)
    cases.append(("n = 200000, all values different", nums))

    # a value in 49.99% of the positions, an odd n
    n = N - 1
    x = rng.randint(-10**9, 10**9)
    nums = [x] * (n // 2) + others(rng, n - n // 2, x)
    rng.shuffle(nums)
    cases.append(("n = 199999, one value in 99999 positions", nums))

    tests = [{"name": name, "input": {"nums": nums}, "expected": majority(nums)} for name, nums in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
