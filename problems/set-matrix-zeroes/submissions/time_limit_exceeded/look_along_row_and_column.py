# Correct but slow: for every cell, looks along its whole row and whole column of the original grid
# for a 0: O(m * n * (m + n)), about 2.5 * 10^8 steps on a 500 x 500 grid with few zeros.
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        original = [row[:] for row in matrix]
        for i in range(m):
            for j in range(n):
                if any(original[i][k] == 0 for k in range(n)) or any(original[k][j] == 0 for k in range(m)):
                    matrix[i][j] = 0
