# Makes the large hidden tests of Max Area of Island (1000 x 1000 grids), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 1000


def max_area(grid):
    # the reference: an iterative flood fill from every land cell not yet visited, on a flattened
    # copy of the grid framed by water (so that no bounds checks are needed)
    rows, cols = len(grid), len(grid[0])
    w = cols + 2
    land = bytearray(w * (rows + 2))
    for r, row in enumerate(grid):
        start = (r + 1) * w + 1
        land[start:start + cols] = bytes(row)
    best = 0
    start = land.find(1)
    while start >= 0:
        land[start] = 0
        stack = [start]
        size = 0
        while stack:
            cell = stack.pop()
            size += 1
            for nxt in (cell - w, cell + w, cell - 1, cell + 1):
                if land[nxt]:
                    land[nxt] = 0
                    stack.append(nxt)
        if size > best:
            best = size
        start = land.find(1, start + 1)
    return best


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, grid):
        # each test is turned into JSON at once, so that only one big input is in memory at a time
        tests.append(json.dumps({"name": name, "input": {"grid": grid}, "expected": max_area(grid)}, separators=(",", ":")))

    grid = [[1 if rng.random() < 0.55 else 0 for _ in range(N)] for _ in range(N)]
    add("large: 1000x1000 random, 55% land", grid)

    add("large: 1000x1000 all land", [[1] * N for _ in range(N)])

    # one winding island: full rows joined by one cell at alternating ends (a path of 500000 cells
    # that a recursive search follows to the end)
    grid = [[0] * N for _ in range(N)]
    for r in range(N):
        if r % 2 == 0:
            grid[r] = [1] * N
        else:
            grid[r][N - 1 if r % 4 == 1 else 0] = 1
    add("large: 1000x1000 one winding island", grid)

    add("large: 1000x1000 checkerboard, every island one cell",
        [[(r + c + 1) % 2 for c in range(N)] for r in range(N)])

    # blocks of land of random sizes separated by water lines; two neighbouring blocks are joined
    grid = [[1] * N for _ in range(N)]
    cuts_r = sorted(rng.sample(range(1, N - 1), 40))
    cuts_c = sorted(rng.sample(range(1, N - 1), 40))
    for r in cuts_r:
        grid[r] = [0] * N
    for row in grid:
        for c in cuts_c:
            row[c] = 0
    r = cuts_r[10]
    grid[r][(cuts_c[20] + cuts_c[21]) // 2] = 1
    add("large: 1000x1000 blocks cut by water lines, two of them joined", grid)

    sys.stdout.write("[" + ",".join(tests) + "]")


main()
