# Mistake: checks the diagonals only against the queen of the row just above, as if a queen could
# not attack further than one square diagonally; columns are checked against every row.
class Solution:
    def solveNQueens(self, n):
        boards = []
        cols = []

        def place(r):
            if r == n:
                boards.append(['.' * c + 'Q' + '.' * (n - 1 - c) for c in cols])
                return
            for c in range(n):
                if c in cols or (cols and abs(cols[-1] - c) == 1):
                    continue
                cols.append(c)
                place(r + 1)
                cols.pop()

        place(0)
        return boards
