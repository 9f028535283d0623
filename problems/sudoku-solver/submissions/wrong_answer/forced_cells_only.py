# Pure deduction without guessing: keeps filling every cell that has exactly one possible digit.
# Easy puzzles come out complete, but a puzzle that needs a guess is left with empty cells.
import sys

g = [list(row) for row in sys.stdin.read().split()]
changed = True
while changed:
    changed = False
    for r in range(9):
        for c in range(9):
            if g[r][c] != '.':
                continue
            used = set(g[r]) | {g[i][c] for i in range(9)}
            br, bc = r // 3 * 3, c // 3 * 3
            used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
            options = [d for d in '123456789' if d not in used]
            if len(options) == 1:
                g[r][c] = options[0]
                changed = True
print('\n'.join(''.join(row) for row in g))
