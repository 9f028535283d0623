# Makes the large hidden tests of Word Search II (12 x 12 boards with 30000 words: random letters,
# few letters, and long prefixes that are on the board while the words are not), too big for
# tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys

ROWS = COLS = 12
MAX_WORDS = 30000
MAX_LEN = 10
AZ = "abcdefghijklmnopqrstuvwxyz"


def find_words(board, words):
    # the reference: the words in a trie of dicts, every board path followed while it spells the
    # prefix of a word still wanted (a found word is removed, so it is reported once)
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    found = []
    grid = [list(row) for row in board]
    for r0 in range(ROWS):
        for c0 in range(COLS):
            if grid[r0][c0] not in trie:
                continue
            # explicit stack of (row, col, node, next direction); the cell is marked while on it
            ch = grid[r0][c0]
            node = trie[ch]
            if "$" in node:
                found.append(node.pop("$"))
            grid[r0][c0] = "#"
            stack = [(r0, c0, node, ch)]
            dirs = [0]
            while stack:
                r, c, node, letter = stack[-1]
                d = dirs[-1]
                if d == 4:
                    stack.pop()
                    dirs.pop()
                    grid[r][c] = letter
                    continue
                dirs[-1] = d + 1
                nr, nc = r + (-1, 1, 0, 0)[d], c + (0, 0, -1, 1)[d]
                if 0 <= nr < ROWS and 0 <= nc < COLS and grid[nr][nc] in node:
                    ch = grid[nr][nc]
                    child = node[ch]
                    if "$" in child:
                        found.append(child.pop("$"))
                    grid[nr][nc] = "#"
                    stack.append((nr, nc, child, ch))
                    dirs.append(0)
    return sorted(found)


def random_board(rng, letters):
    return [[rng.choice(letters) for _ in range(COLS)] for _ in range(ROWS)]


def path_word(rng, board, length):
    # the letters along a random path of the board that never reuses a cell (None if it gets stuck)
    r, c = rng.randrange(ROWS), rng.randrange(COLS)
    seen = {(r, c)}
    word = board[r][c]
    while len(word) < length:
        steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < ROWS and 0 <= c + dc < COLS and (r + dr, c + dc) not in seen]
        if not steps:
            return None
        r, c = rng.choice(steps)
        seen.add((r, c))
        word += board[r][c]
    return word


def test(name, board, words):
    assert len(words) == len(set(words)) <= MAX_WORDS
    assert all(1 <= len(w) <= MAX_LEN for w in words)
    return {"name": name, "input": {"board": board, "words": words}, "expected": find_words(board, words)}


def mixed_words(rng, board, letters):
    # half of them read along the board, half random letters (most of which are not there)
    words = set()
    while len(words) < MAX_WORDS:
        length = rng.randint(1, MAX_LEN)
        w = path_word(rng, board, length) if rng.random() < 0.5 else None
        if w is None:
            w = "".join(rng.choice(letters) for _ in range(length))
        words.add(w)
    words = sorted(words)
    rng.shuffle(words)
    return words


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    board = random_board(rng, AZ)
    tests.append(test("large: random letters, 30000 words", board, mixed_words(rng, board, AZ)))

    board = random_board(rng, "abcd")
    tests.append(test("large: letters a to d, 30000 words", board, mixed_words(rng, board, "abcd")))

    # a board of a's only: every word starts with four a's, which can be read from every cell in
    # many ways, and ends with letters that are not on the board (a few words of a's are there)
    board = [["a"] * COLS for _ in range(ROWS)]
    words = {"a" * k for k in range(1, MAX_LEN + 1)}
    while len(words) < MAX_WORDS:
        words.add("aaaa" + "".join(rng.choice(AZ[1:]) for _ in range(rng.randint(1, MAX_LEN - 4))))
    words = sorted(words)
    rng.shuffle(words)
    tests.append(test("large: only a's on the board, 30000 words starting with aaaa", board, words))

    # letters a and b: prefixes of five letters read along the board, endings that are not there
    board = random_board(rng, "ab")
    words = set()
    while len(words) < MAX_WORDS - 200:
        prefix = path_word(rng, board, 5)
        if prefix is not None:
            words.add(prefix + "".join(rng.choice(AZ[2:]) for _ in range(rng.randint(1, MAX_LEN - 5))))
    while len(words) < MAX_WORDS:
        w = path_word(rng, board, rng.randint(1, MAX_LEN))
        if w is not None:
            words.add(w)
    words = sorted(words)
    rng.shuffle(words)
    tests.append(test("large: letters a and b, 30000 words whose first five letters are on the board",
                      board, words))

    # a few words that need almost the whole board: long snakes along the rows
    board = random_board(rng, "xyz")
    words = set()
    while len(words) < 2000:
        w = path_word(rng, board, MAX_LEN)
        if w is not None:
            words.add(w)
        words.add("".join(rng.choice("xyz") for _ in range(MAX_LEN)))
    words = sorted(words)
    rng.shuffle(words)
    tests.append(test("large: letters x, y and z, 10-letter words", board, words))

    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
