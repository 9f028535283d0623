class Solution:
    def setZeroes(self, matrix):
        # First find the rows and columns holding a 0, then clear them: clearing at once would let the
        # new zeros spread too.
        n = len(matrix[0])
        zero_rows = [i for i, row in enumerate(matrix) if 0 in row]
        zero_cols = set()
        for row in matrix:
            for j, x in enumerate(row):
                if x == 0:
                    zero_cols.add(j)
        for i in zero_rows:
            matrix[i][:] = [0] * n
        if zero_cols:
            cols = sorted(zero_cols)
            for row in matrix:
                for j in cols:
                    row[j] = 0
