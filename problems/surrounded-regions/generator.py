# Makes the large hidden tests of surrounded-regions: python3 generator.py SEED prints a JSON array of tests.
import json
import random
import sys
from collections import deque


def surround(board):
    """The reference: a breadth-first search from every edge 'O' over a framed, flattened copy in
    which reached cells are marked 'S'."""
    rows, cols = len(board), len(board[0])
    w = cols + 2
    cells = bytearray(b'X' * (w * (rows + 2)))
    for r, row in enumerate(board):
        start = (r + 1) * w + 1
        cells[start:start + cols] = ''.join(row).encode()
    O, S = ord('O'), ord('S')
    edge = {(r + 1) * w + c + 1 for r in range(rows) for c in (0, cols - 1)}
    edge |= {(r + 1) * w + c + 1 for r in (0, rows - 1) for c in range(cols)}
    queue = deque(i for i in edge if cells[i] == O)
    for i in queue:
        cells[i] = S
    while queue:
        i = queue.popleft()
        for j in (i - w, i + w, i - 1, i + 1):
            if cells[j] == O:
                cells[j] = S
                queue.append(j)
    out = []
    for r in range(rows):
        start = (r + 1) * w + 1
        out.append(list(cells[start:start + cols].decode().replace('O', 'X').replace('S', 'O')))
    return out


def random_board(rng, rows, cols, density):
    return [['O' if rng.random() < density else 'X' for _ in range(cols)] for _ in range(rows)]


def snake(rows, cols, opening):
    """One corridor winding row by row through the inside of the board; it reaches the edge only
    through the cell above its start when opening is true."""
    board = [['X'] * cols for _ in range(rows)]
    for r in range(1, rows - 1, 2):
        for c in range(1, cols - 1):
            board[r][c] = 'O'
    for r in range(2, rows - 2, 2):
        board[r][cols - 2 if (r // 2) % 2 == 1 else 1] = 'O'
    if opening:
        board[0][1] = 'O'
    return board


def all_open_but_one(rows, cols, rng):
    board = [['O'] * cols for _ in range(rows)]
    board[0][rng.randrange(cols)] = 'X'
    return board


def inner_block(rows, cols):
    board = [['O'] * cols for _ in range(rows)]
    for r in range(rows):
        board[r][0] = board[r][cols - 1] = 'X'
    board[0] = ['X'] * cols
    board[rows - 1] = ['X'] * cols
    return board


def main():
    rng = random.Random(int(sys.argv[1]))
    cases = [
        ("random 200x200, a third 'O'", random_board(rng, 200, 200, 0.33)),
        ("random 200x200, 57% 'O' (big tangled regions)", random_board(rng, 200, 200, 0.57)),
        ("random 40x1000, 60% 'O'", random_board(rng, 40, 1000, 0.60)),
        ("random 1000x40, 62% 'O'", random_board(rng, 1000, 40, 0.62)),
        ("enclosed 300x300 block of 'O' inside an 'X' frame", inner_block(300, 300)),
        ("sealed snake corridor 400x400, enclosed", snake(400, 400, False)),
        ("snake corridor 1000x1000 of about 500000 cells, open at one end", snake(1000, 1000, True)),
        ("1000x1000 all 'O' except one edge cell", all_open_but_one(1000, 1000, rng)),
    ]
    tests = [{"name": name, "input": {"board": board}, "expected": surround(board)} for name, board in cases]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
