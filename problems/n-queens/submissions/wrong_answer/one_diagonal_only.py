# Mistake: checks the columns and the diagonals going down to the right (row - col), but forgets the
# other diagonals (row + col), so it also reports boards where two queens attack each other.
class Solution:
    def solveNQueens(self, n):
        boards = []
        cols = []

        def place(r):
            if r == n:
                boards.append(['.' * c + 'Q' + '.' * (n - 1 - c) for c in cols])
                return
            for c in range(n):
                if all(c != qc and r - c != qr - qc for qr, qc in enumerate(cols)):
                    cols.append(c)
                    place(r + 1)
                    cols.pop()

        place(0)
        return boards
