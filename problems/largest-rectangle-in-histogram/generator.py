# Makes the large hidden tests of largest-rectangle-in-histogram (n = 200000 bars).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200000
H = 10 ** 9


def largest_rectangle(heights):
    # the reference: a stack of indices with increasing heights
    h = heights + [0]
    stack = []
    best = 0
    for i, x in enumerate(h):
        while stack and h[stack[-1]] >= x:
            top = h[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    return best


def test(name, heights):
    assert 1 <= len(heights) <= N and all(0 <= x <= H for x in heights)
    text = "%d\n%s\n" % (len(heights), " ".join(map(str, heights)))
    return {"name": name, "input": text, "expected": "%d\n" % largest_rectangle(heights)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    tests.append(test("large: all bars at the maximum height", [H] * N))

    heights = [rng.randint(0, H) for _ in range(N)]
    tests.append(test("large: random heights", heights))

    # slowly increasing heights: nothing is popped until the end
    heights = [min(H, 5000 * i + rng.randint(0, 4000)) for i in range(N)]
    tests.append(test("large: increasing heights", heights))

    # a wide plateau of high bars, with a few lower bars scattered on it
    heights = [rng.randint(H - 1000, H) for _ in range(N)]
    for i in rng.sample(range(N), 20):
        heights[i] = rng.randint(0, H // 2)
    tests.append(test("large: high plateau with a few dips", heights))

    # decreasing then increasing (a valley), every bar popped late
    half = N // 2
    heights = [H - 4000 * i for i in range(half)] + [H - 4000 * (half - 1 - i) for i in range(N - half)]
    tests.append(test("large: a valley", heights))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
