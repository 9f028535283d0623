# Mistake: runs a separate search from each rotten orange and lets each one rot everything it
# reaches, so an orange is timed from whichever source happened to be searched first instead of
# from the nearest one.
from collections import deque


class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        grid = [row[:] for row in grid]
        sources = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        answer = 0
        for sr, sc in sources:
            queue = deque([(sr, sc, 0)])
            while queue:
                r, c, t = queue.popleft()
                answer = max(answer, t)
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        queue.append((nr, nc, t + 1))
        if any(v == 1 for row in grid for v in row):
            return -1
        return answer
