import sys


def main():
    rows = sys.stdin.read().split()
    grid = [0] * 81
    row_m = [0] * 9
    col_m = [0] * 9
    box_m = [0] * 9
    box_of = [(p // 27) * 3 + (p % 9) // 3 for p in range(81)]
    empty = []
    for p in range(81):
        ch = rows[p // 9][p % 9]
        if ch == '.':
            empty.append(p)
        else:
            d = 1 << (ord(ch) - 48)
            grid[p] = ord(ch) - 48
            row_m[p // 9] |= d
            col_m[p % 9] |= d
            box_m[box_of[p]] |= d
    FULL = 0x3FE  # bits 1..9

    # iterative backtracking; at each step fill the empty cell with the fewest candidates
    stack = []  # (cell, remaining candidate mask, index of the cell in empty)
    n = len(empty)
    filled = 0
    while filled < n:
        best_i = -1
        best_count = 10
        best_mask = 0
        for i in range(filled, n):
            p = empty[i]
            m = FULL & ~(row_m[p // 9] | col_m[p % 9] | box_m[box_of[p]])
            k = bin(m).count('1')
            if k < best_count:
                best_i, best_count, best_mask = i, k, m
                if k <= 1:
                    break
        empty[filled], empty[best_i] = empty[best_i], empty[filled]
        p = empty[filled]
        m = best_mask
        while True:
            if m:
                bit = m & -m
                m ^= bit
                grid[p] = bit.bit_length() - 1
                row_m[p // 9] |= bit
                col_m[p % 9] |= bit
                box_m[box_of[p]] |= bit
                stack.append((p, m))
                filled += 1
                break
            # no candidate left here: undo the previous choice and try its next candidate
            p, m = stack.pop()
            bit = 1 << grid[p]
            grid[p] = 0
            row_m[p // 9] ^= bit
            col_m[p % 9] ^= bit
            box_m[box_of[p]] ^= bit
            filled -= 1
    out = []
    for r in range(9):
        out.append(''.join(chr(48 + v) for v in grid[r * 9:r * 9 + 9]))
    sys.stdout.write('\n'.join(out) + '\n')


main()
