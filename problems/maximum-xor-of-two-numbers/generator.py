# Makes the large hidden tests of Maximum XOR of Two Numbers: 200000 numbers (the statement's
# limit), about 20 billion pairs, too big for tests.json and for trying every pair.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000
TOP = 2 ** 31 - 1


def maximum_xor(nums):
    # the reference: fix the answer's bits from the top; the next bit can be 1 when two numbers'
    # prefixes down to that bit XOR to the answer so far followed by a 1
    best = 0
    for shift in range(30, -1, -1):
        prefixes = {x >> shift for x in nums}
        want = best * 2 + 1
        best = want if any(p ^ want in prefixes for p in prefixes) else want - 1
    return best


def test(name, nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= TOP for x in nums)
    return {"name": name, "input": {"nums": nums}, "expected": maximum_xor(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    tests.append(test("large: 200000 random numbers up to 2^31 - 1",
                      [rng.randint(0, TOP) for _ in range(N)]))

    # every number has the same top 12 bits, so the answer is below 2^19; the low 19 bits are
    # multiples of 8 except in one number, so only pairs with that number reach the last bits
    high = rng.randint(0, 2 ** 12 - 1) << 19
    nums = [high | (rng.randint(0, 2 ** 16 - 1) << 3) for _ in range(N - 1)]
    nums.append(high | rng.randint(0, 2 ** 19 - 1))
    rng.shuffle(nums)
    tests.append(test("large: 200000 numbers sharing their top 12 bits", nums))

    # the bit 30 is set in only one number; the answer is that number XOR the best partner among
    # numbers below 2^30 (many duplicates)
    pool = [rng.randint(0, 2 ** 30 - 1) for _ in range(5000)]
    nums = [rng.choice(pool) for _ in range(N - 1)]
    nums.insert(rng.randint(0, N - 1), rng.randint(2 ** 30, TOP))
    tests.append(test("large: one number with bit 30 set, many duplicates", nums))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
