# Makes the large hidden tests of Car Fleet (n = 100000 cars).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 100000
TARGET = 10**6


def fleets(target, position, speed):
    # the reference: closest car first; a new fleet when a car arrives strictly later than the
    # fleet ahead, times compared exactly by cross-multiplying
    count, lead_d, lead_s = 0, 0, 1
    for i in sorted(range(len(position)), key=lambda i: -position[i]):
        d, s = target - position[i], speed[i]
        if d * lead_s > lead_d * s:
            count += 1
            lead_d, lead_s = d, s
    return count


def test(name, target, position, speed):
    return {"name": name, "input": {"target": target, "position": position, "speed": speed},
            "expected": fleets(target, position, speed)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    position = rng.sample(range(TARGET), N)
    speed = [rng.randint(1, 10**6) for _ in range(N)]
    tests.append(test("large: n=100000, random speeds", TARGET, position, speed))

    # the farther a car starts, the later it arrives: no one ever catches up, every car is a fleet
    position = sorted(rng.sample(range(TARGET), N), reverse=True)
    speed = []
    for i, p in enumerate(position):
        d = TARGET - p
        # speed just below what would reach the previous car's arrival time
        if i == 0:
            s = rng.randint(1, d)
        else:
            pd, ps = TARGET - position[i - 1], speed[-1]
            s = max(1, (d * ps - 1) // pd)  # d / s > pd / ps
        speed.append(s)
    order = list(range(N))
    rng.shuffle(order)
    tests.append(test("large: n=100000, nobody catches up", TARGET,
                      [position[i] for i in order], [speed[i] for i in order]))

    # arrival times taken from a few fractions a/b, so many cars arrive at exactly the same moment
    fractions = [(rng.randint(1, 40), rng.randint(1, 40)) for _ in range(12)]
    position, speed = [], []
    used = set()
    while len(position) < N:
        a, b = rng.choice(fractions)
        m = rng.randint(1, min((TARGET - 1) // a, 10**6 // b))
        p = TARGET - a * m
        if p in used or p < 0:
            continue
        used.add(p)
        position.append(p)
        speed.append(b * m)
    tests.append(test("large: n=100000, many equal arrival times", TARGET, position, speed))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
