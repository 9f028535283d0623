# Makes the large hidden tests of number-of-1-bits: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys

TOP = 2**32 - 1


def weights(numbers):
    """The reference: the count of '1' characters in each number's binary representation."""
    return "".join(f"{bin(x).count('1')}\n" for x in numbers)


def stdin_of(numbers):
    return f"{len(numbers)}\n" + "".join(f"{x}\n" for x in numbers)


def main():
    rng = random.Random(int(sys.argv[1]))
    q = 200000
    uniform = [rng.randint(0, TOP) for _ in range(q)]
    high = [rng.randint(2**31, TOP) for _ in range(q)]
    # numbers made of a random number of set bits, so every weight from 0 to 32 occurs often
    mixed = []
    for _ in range(q):
        k = rng.randint(0, 32)
        mixed.append(sum(1 << b for b in rng.sample(range(32), k)))
    cases = [
        ("large: q = 200000 uniform random numbers", uniform),
        ("large: q = 200000 numbers from 2^31 up (top bit set)", high),
        ("large: q = 200000 numbers of every weight 0..32", mixed),
    ]
    tests = [{"name": name, "input": stdin_of(nums), "expected": weights(nums)} for name, nums in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
