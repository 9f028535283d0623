# Makes the large hidden tests of spiral-matrix: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys


def spiral(matrix):
    """The reference: walk and turn right whenever the next cell is outside or already visited."""
    m, n = len(matrix), len(matrix[0])
    seen = [[False] * n for _ in range(m)]
    dr, dc = (0, 1, 0, -1), (1, 0, -1, 0)
    r = c = d = 0
    out = []
    for _ in range(m * n):
        out.append(matrix[r][c])
        seen[r][c] = True
        nr, nc = r + dr[d], c + dc[d]
        if not (0 <= nr < m and 0 <= nc < n) or seen[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + dr[d], c + dc[d]
        r, c = nr, nc
    return out


def grid(rng, m, n):
    return [[rng.randint(-10**6, 10**6) for _ in range(n)] for _ in range(m)]


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("large: 500 x 500", grid(rng, 500, 500)),
        ("large: 500 x 499 (odd number of columns)", grid(rng, 500, 499)),
        ("large: 3 x 500", grid(rng, 3, 500)),
        ("large: 500 x 2", grid(rng, 500, 2)),
        ("large: 499 x 17", grid(rng, 499, 17)),
    ]
    tests = [{"name": name, "input": {"matrix": mat}, "expected": spiral(mat)} for name, mat in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
