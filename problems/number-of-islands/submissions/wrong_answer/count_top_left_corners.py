# Mistake: counts land cells with no land above and no land to the left, as if every island
# had exactly one such "corner" (a U shape or a staircase has several).
class Solution:
    def numIslands(self, grid):
        count = 0
        for r, row in enumerate(grid):
            for c, ch in enumerate(row):
                if ch == '1':
                    up = r > 0 and grid[r - 1][c] == '1'
                    left = c > 0 and row[c - 1] == '1'
                    if not up and not left:
                        count += 1
        return count
