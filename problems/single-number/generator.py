# Makes the large hidden tests of single-number: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys


def single_number(nums):
    """The reference: XOR of everything; the pairs cancel out."""
    acc = 0
    for x in nums:
        acc ^= x
    return acc


def build(rng, n, low, high, lonely_last):
    """n odd: (n - 1) / 2 distinct pair values and one lonely value, all in [low, high]."""
    values = rng.sample(range(low, high + 1), (n + 1) // 2)
    lonely, pairs = values[0], values[1:]
    nums = pairs + pairs
    rng.shuffle(nums)
    if lonely_last:
        nums.append(lonely)
    else:
        nums.insert(rng.randrange(len(nums) + 1), lonely)
    return nums


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("large: n = 200001, lonely value at the end", build(rng, 200001, -10**9, 10**9, True)),
        ("large: n = 200001, lonely value somewhere inside", build(rng, 200001, -10**9, 10**9, False)),
        ("large: n = 200001, all values negative, lonely at the end", build(rng, 200001, -10**9, -1, True)),
        ("large: n = 199999, values in a narrow range near 10^9", build(rng, 199999, 10**9 - 150000, 10**9, False)),
    ]
    tests = [{"name": name, "input": {"nums": nums}, "expected": single_number(nums)} for name, nums in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
