# Makes the large hidden tests of Find Peak Element (n = 100000, values over the whole 32-bit range).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
LOW, HIGH = -2**31, 2**31 - 1


def peak(a):
    # the reference: binary search towards a larger neighbour
    lo, hi = 0, len(a) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < a[mid + 1]:
            lo = mid + 1
        else:
            hi = mid
    return lo


def test(name, a):
    assert 1 <= len(a) <= N and all(LOW <= x <= HIGH for x in a)
    assert all(a[i] != a[i + 1] for i in range(len(a) - 1))
    text = "%d\n%s\n" % (len(a), " ".join(map(str, a)))
    return {"name": name, "input": text, "expected": "%d\n" % peak(a)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    # increasing up to the largest value: the only peak is the last index
    steps = sorted(rng.sample(range(LOW, HIGH), N - 1)) + [HIGH]
    tests.append(test("large: increasing to 2^31 - 1, the peak is the last index", steps))
    # one mountain whose top sits at a random place
    top = rng.randrange(1, N - 1)
    values = sorted(rng.sample(range(LOW, HIGH + 1), N), reverse=True)
    left = sorted(values[1:top + 1])
    right = values[top + 1:]
    rng.shuffle(right)
    right.sort(reverse=True)
    tests.append(test("large: one mountain, its top at index %d" % top, left + [values[0]] + right))
    # random values: adjacent ones made different
    a = [rng.randint(LOW, HIGH)]
    while len(a) < N:
        x = rng.randint(LOW, HIGH)
        if x != a[-1]:
            a.append(x)
    tests.append(test("large: random values, many peaks", a))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
