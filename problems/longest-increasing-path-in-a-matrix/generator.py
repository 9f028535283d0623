# Makes the large hidden tests of Longest Increasing Path in a Matrix (200 x 200 grids).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import sys

N = 200
LO, HI = -2**31, 2**31 - 1


def longest(matrix):
    # the reference: cells taken from the highest value down, each one a step longer than its best
    # strictly higher neighbour (no recursion: a path can run through every cell)
    rows, cols = len(matrix), len(matrix[0])
    flat = [v for row in matrix for v in row]
    total = rows * cols
    best = [1] * total
    for i in sorted(range(total), key=flat.__getitem__, reverse=True):
        v, c, b = flat[i], i % cols, 1
        for j, ok in ((i - cols, i >= cols), (i + cols, i + cols < total), (i - 1, c > 0), (i + 1, c + 1 < cols)):
            if ok and flat[j] > v and best[j] >= b:
                b = best[j] + 1
        best[i] = b
    return max(best)


def snake(rows, cols):
    # one climb winding row by row: left to right, then back right to left on the next row
    m = [[0] * cols for _ in range(rows)]
    k = 0
    for r in range(rows):
        for c in (range(cols) if r % 2 == 0 else range(cols - 1, -1, -1)):
            m[r][c] = k * 50000 - 10**9
            k += 1
    return m


def spiral(rows, cols):
    # values falling clockwise from the outer ring to the centre: one climb, from the centre out,
    # through every cell
    m = [[None] * cols for _ in range(rows)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(rows * cols):
        m[r][c] = -k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < rows and 0 <= nc < cols) or m[nr][nc] is not None:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, matrix):
        tests.append(json.dumps({"name": name, "input": {"matrix": matrix}, "expected": longest(matrix)},
                                separators=(",", ":")))

    add("large: 200x200 rising along both axes (value r + c)", [[r + c for c in range(N)] for r in range(N)])
    add("large: 200x200 snake, one climb through every cell", snake(N, N))
    add("large: 199x200 spiral, one path through every cell", spiral(N - 1, N))
    add("large: 200x200 random values 0..3", [[rng.randint(0, 3) for _ in range(N)] for _ in range(N)])
    add("large: 200x200 random 32-bit values", [[rng.randint(LO, HI) for _ in range(N)] for _ in range(N)])
    add("large: 200x200 all equal", [[7] * N for _ in range(N)])
    sys.stdout.write("[" + ",".join(tests) + "]")


main()
