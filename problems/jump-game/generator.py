# Makes the large hidden tests of Jump Game (n = 100000).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
TOP = 10**5


def can_jump(nums):
    # the reference: the farthest reachable stone
    farthest = 0
    for i, step in enumerate(nums):
        if i > farthest:
            return False
        farthest = max(farthest, i + step)
    return True


def test(name, nums):
    return {"name": name, "input": {"nums": nums}, "expected": can_jump(nums)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # long jumps that never quite pass a late wall of dead ends
    nums = [rng.randint(1, 3) for _ in range(N)]
    wall = N - 200
    for i in range(wall - 100, wall + 100):
        nums[i] = 0
    for i in range(wall - 1000, wall - 100):
        nums[i] = rng.randint(1, wall + 99 - i - 1)   # none reaches past the wall
    for i in range(0, wall - 1000, 7):
        nums[i] = rng.randint(1000, min(TOP, wall + 99 - i))   # lands before the wall ends
    tests.append(test("large: n=100000, a wall of dead ends near the end", nums))

    # the same, with one stone that clears the wall exactly
    nums = list(nums)
    nums[wall - 150] = 250
    tests.append(test("large: n=100000, one stone clears the wall", nums))

    # every stone can jump far: large values everywhere
    tests.append(test("large: n=100000, all jumps 100000", [TOP] * N))

    # dead ends everywhere but every fifth stone, which jumps exactly five
    nums = [5 if i % 5 == 0 else 0 for i in range(N)]
    nums[N - 1] = 0
    tests.append(test("large: n=100000, every fifth stone jumps five", nums))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
