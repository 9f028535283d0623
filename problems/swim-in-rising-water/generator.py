# Makes the large hidden tests of swim-in-rising-water (n = 300: 90000 plots).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from heapq import heappush, heappop

N = 300


def earliest(n, h):
    # the reference: grow the reachable region by its lowest neighbouring plot (Dijkstra with max)
    goal = n * n - 1
    seen = bytearray(n * n)
    seen[0] = 1
    heap = [(h[0], 0)]
    t = 0
    while True:
        height, cell = heappop(heap)
        t = max(t, height)
        if cell == goal:
            return t
        r, c = divmod(cell, n)
        for m, ok in ((cell - n, r > 0), (cell + n, r < n - 1), (cell - 1, c > 0), (cell + 1, c < n - 1)):
            if ok and not seen[m]:
                seen[m] = 1
                heappush(heap, (h[m], m))


def test(name, n, h):
    assert 1 <= n <= N and sorted(h) == list(range(n * n))
    rows = "".join(" ".join(map(str, h[r * n:(r + 1) * n])) + "\n" for r in range(n))
    return {"name": name, "input": "%d\n%s" % (n, rows), "expected": "%d\n" % earliest(n, h)}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    n = N
    cells = n * n

    h = list(range(cells))
    rng.shuffle(h)
    tests.append(test("large: n = 300, random heights", n, h))

    # a wall down the middle column holds the n highest plots; the rest is random: the region of
    # the start grows for a long time before the wall can be crossed
    wall = [r * n + n // 2 for r in range(n)]
    rest = [i for i in range(cells) if i % n != n // 2]
    high = list(range(cells - n, cells))
    low = list(range(cells - n))
    rng.shuffle(high)
    rng.shuffle(low)
    h = [0] * cells
    for i, v in zip(wall, high):
        h[i] = v
    for i, v in zip(rest, low):
        h[i] = v
    tests.append(test("large: n = 300, a wall of the highest plots down the middle", n, h))

    # a snake (n = 297): even rows are corridors, odd rows are walls open only at alternating ends,
    # so the way runs right, down, left, down, right...; the corridor holds the lowest heights, shuffled
    n = 297
    cells = n * n
    path = []
    for r in range(0, n, 2):
        cols = range(n) if (r // 2) % 2 == 0 else range(n - 1, -1, -1)
        path += [r * n + c for c in cols]
        if r + 1 < n:
            path.append((r + 1) * n + (n - 1 if (r // 2) % 2 == 0 else 0))
    on_path = set(path)
    others = [i for i in range(cells) if i not in on_path]
    values = list(range(len(path)))
    rng.shuffle(values)
    h = [0] * cells
    for i, v in zip(path, values):
        h[i] = v
    top = list(range(len(path), cells))
    rng.shuffle(top)
    for i, v in zip(others, top):
        h[i] = v
    assert path[-1] == cells - 1
    tests.append(test("large: n = 297, a winding corridor that turns back left", n, h))

    # random, but the goal corner holds height 0 and the start the highest plot
    n = 300
    h = list(range(n * n))
    rng.shuffle(h)
    i0, imax = h.index(0), h.index(n * n - 1)
    h[i0], h[n * n - 1] = h[n * n - 1], h[i0]
    imax = h.index(n * n - 1)
    h[imax], h[0] = h[0], h[imax]
    tests.append(test("large: n = 300, the start plot is the highest, the goal the lowest", n, h))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
