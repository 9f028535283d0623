# Makes the large hidden tests of Rotting Oranges (grids of up to 500 x 500), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

N = 500


def minutes_to_rot(grid):
    # the reference: a breadth-first search from every rotten orange at once, one level per minute
    rows, cols = len(grid), len(grid[0])
    cells = [v for row in grid for v in row]
    fresh = cells.count(1)
    frontier = [i for i, v in enumerate(cells) if v == 2]
    minutes = 0
    while frontier and fresh:
        nxt = []
        for cell in frontier:
            r, c = divmod(cell, cols)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and cells[nr * cols + nc] == 1:
                    cells[nr * cols + nc] = 2
                    nxt.append(nr * cols + nc)
        fresh -= len(nxt)
        frontier = nxt
        minutes += 1
    return minutes if fresh == 0 else -1


def snake(rows, cols):
    # a single winding path of fresh oranges: full rows joined by one cell at alternating ends
    grid = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        if r % 2 == 0:
            grid[r] = [1] * cols
        else:
            grid[r][cols - 1 if r % 4 == 1 else 0] = 1
    return grid


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, grid):
        tests.append({"name": name, "input": {"grid": grid}, "expected": minutes_to_rot(grid)})

    # random mix: mostly fresh, a few rotten, some empty cells
    grid = [[rng.choices((0, 1, 2), (25, 74, 1))[0] for _ in range(N)] for _ in range(N)]
    # the fresh oranges that no rot reaches are removed, so that the answer is not -1
    spread = [row[:] for row in grid]
    stack = [(r, c) for r in range(N) for c in range(N) if spread[r][c] == 2]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < N and 0 <= nc < N and spread[nr][nc] == 1:
                spread[nr][nc] = 2
                stack.append((nr, nc))
    for r in range(N):
        for c in range(N):
            if spread[r][c] == 1:
                grid[r][c] = 0
    add("large: 500x500 random, a few rotten oranges", grid)

    # all fresh but one rotten corner: the rot crosses the whole grid diagonally
    grid = [[1] * N for _ in range(N)]
    grid[N - 1][0] = 2
    add("large: 500x500 all fresh, one rotten corner", grid)

    # one long winding path, rotten at its start: about 125000 minutes
    grid = snake(N, N)
    grid[0][0] = 2
    add("large: 500x500 winding path rotten at one end", grid)

    # the same path on all rows but the last two, rotten in its middle, and one fresh orange alone
    # in the last row behind a row of empty cells: the answer is -1, known only once the path has rotted
    grid = snake(N - 2, N)
    grid[N // 2][N // 2] = 2
    grid.append([0] * N)
    grid.append([0] * N)
    grid[N - 1][N // 3] = 1
    add("large: 500x500 winding path and one orange the rot cannot reach", grid)

    # wide rectangle of fresh oranges with rotten oranges scattered at random
    grid = [[1] * N for _ in range(N // 5)]
    for _ in range(30):
        grid[rng.randrange(N // 5)][rng.randrange(N)] = 2
    for _ in range(3000):
        grid[rng.randrange(N // 5)][rng.randrange(N)] = 0
    add("large: 100x500 thirty rotten oranges, some holes", grid)

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
