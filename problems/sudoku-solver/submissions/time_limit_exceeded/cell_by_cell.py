# Plain backtracking: fills the empty cells in reading order, trying 1..9 in each and checking
# only the new digit against its row, column and box. It never looks ahead, so a puzzle whose
# first rows are almost empty makes it try hundreds of millions of placements.
import sys

sys.setrecursionlimit(10000)
g = [list(row) for row in sys.stdin.read().split()]


def fits(r, c, d):
    for i in range(9):
        if g[r][i] == d or g[i][c] == d:
            return False
    br, bc = r // 3 * 3, c // 3 * 3
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            if g[i][j] == d:
                return False
    return True


def solve(p):
    if p == 81:
        return True
    r, c = divmod(p, 9)
    if g[r][c] != '.':
        return solve(p + 1)
    for d in '123456789':
        if fits(r, c, d):
            g[r][c] = d
            if solve(p + 1):
                return True
            g[r][c] = '.'
    return False


solve(0)
print('\n'.join(''.join(row) for row in g))
