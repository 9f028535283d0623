# Correct but slow: simulates the crate minute by minute, rescanning the whole grid every minute.
# Along a long winding line of oranges that is one scan of every cell per orange on the line.
class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        grid = [row[:] for row in grid]
        minutes = 0
        while True:
            to_rot = []
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == 1:
                        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 2:
                                to_rot.append((r, c))
                                break
            if not to_rot:
                break
            for r, c in to_rot:
                grid[r][c] = 2
            minutes += 1
        if any(v == 1 for row in grid for v in row):
            return -1
        return minutes
