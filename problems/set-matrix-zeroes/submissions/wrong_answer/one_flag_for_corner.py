# Mistake: the O(1)-memory method with the first row and column as marks, but matrix[0][0] serves as
# the mark of both the first row and the first column. A 0 in the first row (only) then also clears
# the first column, and a 0 in the first column also clears the first row.
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    matrix[i][0] = 0
                    matrix[0][j] = 0
        for i in range(1, m):
            for j in range(1, n):
                if matrix[i][0] == 0 or matrix[0][j] == 0:
                    matrix[i][j] = 0
        if matrix[0][0] == 0:
            for j in range(n):
                matrix[0][j] = 0
            for i in range(m):
                matrix[i][0] = 0
