class Solution:
    def longestIncreasingPath(self, matrix):
        # Cells taken from the highest value down: when a cell is reached, every strictly higher
        # neighbour already knows the longest climb that starts there. No recursion (a path can run
        # through all 40000 cells).
        rows, cols = len(matrix), len(matrix[0])
        flat = [v for row in matrix for v in row]
        total = rows * cols
        best = [1] * total
        order = sorted(range(total), key=flat.__getitem__, reverse=True)
        for i in order:
            v = flat[i]
            b = 1
            c = i % cols
            if i >= cols and flat[i - cols] > v and best[i - cols] >= b:
                b = best[i - cols] + 1
            if i + cols < total and flat[i + cols] > v and best[i + cols] >= b:
                b = best[i + cols] + 1
            if c > 0 and flat[i - 1] > v and best[i - 1] >= b:
                b = best[i - 1] + 1
            if c + 1 < cols and flat[i + 1] > v and best[i + 1] >= b:
                b = best[i + 1] + 1
            best[i] = b
        return max(best)
