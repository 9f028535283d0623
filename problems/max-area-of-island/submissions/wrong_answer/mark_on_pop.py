# Mistake: a cell is marked as visited only when it is taken off the stack, and counted every time
# it is taken off. A cell reached from two sides before it is popped is pushed twice and counted
# twice, so an island that closes a loop (a 2x2 block of land, a ring) comes out too big.
class Solution:
    def maxAreaOfIsland(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        best = 0
        for r0 in range(rows):
            for c0 in range(cols):
                if grid[r0][c0] != 1 or seen[r0][c0]:
                    continue
                size = 0
                stack = [(r0, c0)]
                while stack:
                    r, c = stack.pop()
                    seen[r][c] = True
                    size += 1
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and not seen[nr][nc]:
                            stack.append((nr, nc))
                best = max(best, size)
        return best
