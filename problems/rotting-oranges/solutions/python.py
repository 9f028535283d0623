class Solution:
    def orangesRotting(self, grid):
        # Breadth-first search from all rotten oranges at once, one level per minute, on a
        # flattened copy of the grid. Fresh oranges become rotten (2) as soon as they are reached.
        rows, cols = len(grid), len(grid[0])
        cells = [v for row in grid for v in row]
        fresh = cells.count(1)
        frontier = [i for i, v in enumerate(cells) if v == 2]
        minutes = 0
        while frontier and fresh:
            nxt = []
            for cell in frontier:
                c = cell % cols
                if cell >= cols and cells[cell - cols] == 1:
                    cells[cell - cols] = 2
                    nxt.append(cell - cols)
                if cell + cols < rows * cols and cells[cell + cols] == 1:
                    cells[cell + cols] = 2
                    nxt.append(cell + cols)
                if c > 0 and cells[cell - 1] == 1:
                    cells[cell - 1] = 2
                    nxt.append(cell - 1)
                if c + 1 < cols and cells[cell + 1] == 1:
                    cells[cell + 1] = 2
                    nxt.append(cell + 1)
            fresh -= len(nxt)
            frontier = nxt
            minutes += 1
        return minutes if fresh == 0 else -1
