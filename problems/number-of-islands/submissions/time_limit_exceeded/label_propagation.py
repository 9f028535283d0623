# Correct but slow: every land cell starts with its own label, and labels are replaced by the
# smallest neighbouring label, sweep after sweep, until nothing changes. The number of sweeps
# grows with the length of the longest path inside an island.
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        label = [[-1] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == '1':
                    label[r][c] = r * cols + c
        changed = True
        while changed:
            changed = False
            for r in range(rows):
                for c in range(cols):
                    cur = label[r][c]
                    if cur < 0:
                        continue
                    best = cur
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and 0 <= label[nr][nc] < best:
                            best = label[nr][nc]
                    if best < cur:
                        label[r][c] = best
                        changed = True
        return len({label[r][c] for r in range(rows) for c in range(cols) if label[r][c] >= 0})
