# Mistake: cells that touch only at a corner are treated as one island (8 directions instead of 4).
class Solution:
    def maxAreaOfIsland(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        best = 0
        for r0 in range(rows):
            for c0 in range(cols):
                if grid[r0][c0] != 1 or seen[r0][c0]:
                    continue
                seen[r0][c0] = True
                stack = [(r0, c0)]
                size = 0
                while stack:
                    r, c = stack.pop()
                    size += 1
                    for dr in (-1, 0, 1):
                        for dc in (-1, 0, 1):
                            nr, nc = r + dr, c + dc
                            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and not seen[nr][nc]:
                                seen[nr][nc] = True
                                stack.append((nr, nc))
                best = max(best, size)
        return best
