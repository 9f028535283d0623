# Correct but slow: puts one queen in every row in every possible column (n^n placements) and checks
# each complete placement only at the end, without cutting off a row that is already attacked.
class Solution:
    def solveNQueens(self, n):
        boards = []
        cols = []

        def fill():
            if len(cols) == n:
                ok = all(cols[i] != cols[j] and abs(cols[i] - cols[j]) != j - i
                         for i in range(n) for j in range(i + 1, n))
                if ok:
                    boards.append(['.' * c + 'Q' + '.' * (n - 1 - c) for c in cols])
                return
            for c in range(n):
                cols.append(c)
                fill()
                cols.pop()

        fill()
        return boards
