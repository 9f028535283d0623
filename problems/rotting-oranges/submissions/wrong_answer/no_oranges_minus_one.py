# Mistake: counts BFS levels starting from -1 and returns the last level reached. That is right
# whenever a rotten orange exists, but a crate with no rotten orange and no fresh one gets -1
# instead of 0.
from collections import deque


class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        grid = [row[:] for row in grid]
        queue = deque((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2)
        minutes = -1
        while queue:
            minutes += 1
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        queue.append((nr, nc))
        if any(v == 1 for row in grid for v in row):
            return -1
        return minutes
