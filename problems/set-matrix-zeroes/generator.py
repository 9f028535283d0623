# Makes the large hidden tests of set-matrix-zeroes: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys


def set_zeroes(matrix):
    """The reference: a new grid in which a cell is 0 when its row or its column held a 0."""
    zero_rows = {i for i, row in enumerate(matrix) if 0 in row}
    zero_cols = {j for row in matrix for j, x in enumerate(row) if x == 0}
    return [[0 if i in zero_rows or j in zero_cols else x for j, x in enumerate(row)]
            for i, row in enumerate(matrix)]


def grid(rng, m, n, zeros, bound):
    """Non-zero values from -bound to bound, then `zeros` cells set to 0 at random places."""
    mat = [[rng.choice((-1, 1)) * rng.randint(1, bound) for _ in range(n)] for _ in range(m)]
    for _ in range(zeros):
        mat[rng.randrange(m)][rng.randrange(n)] = 0
    return mat


def sign_grid(rng, m, n):
    return [[0 if rng.random() < 0.002 else rng.choice((-1, 1)) for _ in range(n)] for _ in range(m)]


def main():
    rng = random.Random(int(sys.argv[1]))
    # small values in most grids keep the generated JSON a few megabytes
    no_zero = grid(rng, 500, 500, 0, 10**9)
    corner = grid(rng, 500, 500, 0, 999)
    corner[499][499] = 0
    first_line = grid(rng, 500, 500, 3, 999)
    first_line[0][rng.randrange(1, 500)] = 0
    cases = [
        ("large: 500 x 500 without any 0", no_zero),
        ("large: 500 x 500, a single 0 in the bottom right corner", corner),
        ("large: 500 x 500, a few zeros, one of them in the first row", first_line),
        ("large: 500 x 500, 400 zeros at random", grid(rng, 500, 500, 400, 10**9)),
        ("large: 499 x 500, values -1, 0 and 1, about one cell in 500 is 0", sign_grid(rng, 499, 500)),
    ]
    tests = [{"name": name, "input": {"matrix": mat}, "expected": set_zeroes(mat)} for name, mat in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
