# Correct but slow: floods the island of every land cell from scratch, with a fresh visited set each
# time, so an island of A cells costs A * A steps (10^12 on a grid that is all land).
class Solution:
    def maxAreaOfIsland(self, grid):
        rows, cols = len(grid), len(grid[0])
        best = 0
        for r0 in range(rows):
            for c0 in range(cols):
                if grid[r0][c0] != 1:
                    continue
                seen = {(r0, c0)}
                stack = [(r0, c0)]
                while stack:
                    r, c = stack.pop()
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                best = max(best, len(seen))
        return best
