# Makes the large hidden tests of Longest Consecutive Sequence (n = 100000), where walking up from
# every number is too slow.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
LIMIT = 10**9


def longest(nums):
    # the reference: count up from the first number of each run only
    present = set(nums)
    best = 0
    for x in present:
        if x - 1 not in present:
            y = x + 1
            while y in present:
                y += 1
            best = max(best, y - x)
    return best


def test(name, nums):
    assert 0 <= len(nums) <= N and all(-LIMIT <= x <= LIMIT for x in nums)
    text = "%d\n%s\n" % (len(nums), " ".join(map(str, nums)))
    return {"name": name, "input": text, "expected": "%d\n" % longest(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    # one run of 100000 numbers ending at 10^9, shuffled
    nums = list(range(LIMIT - N + 1, LIMIT + 1))
    rng.shuffle(nums)
    tests.append(test("large: 100000 consecutive numbers up to 10^9, shuffled", nums))
    # random numbers over the whole range with a few runs planted, the longest 30000 long around 0
    nums = [rng.randint(-LIMIT, LIMIT) for _ in range(N - 60000)]
    nums += list(range(-15000, 15000))
    start = rng.randint(-LIMIT, LIMIT - 30000)
    nums += list(range(start, start + 29999))
    nums += [rng.randint(-20000, 20000) for _ in range(N - len(nums))]
    rng.shuffle(nums)
    tests.append(test("large: random numbers with runs of 30000 and 29999 planted", nums))
    # every number two or three times: a run of 40000 numbers from -10^9 on, with its copies
    nums = [-LIMIT + i for i in range(40000)] * 2 + [-LIMIT + rng.randrange(40000) for _ in range(N - 80000)]
    rng.shuffle(nums)
    tests.append(test("large: 40000 consecutive numbers from -10^9, each two or three times", nums))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
