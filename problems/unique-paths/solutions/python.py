class Solution:
    def uniquePaths(self, m, n):
        # row[j] = number of routes to the cell of the current row in column j
        row = [1] * n
        for _ in range(1, m):
            for j in range(1, n):
                row[j] += row[j - 1]  # from above (old row[j]) plus from the left (row[j - 1])
        return row[n - 1]
