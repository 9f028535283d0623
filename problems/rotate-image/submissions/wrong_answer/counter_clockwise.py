# Turns the picture the wrong way: transposing and then reversing the order of the rows is a quarter
# turn counter-clockwise.
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        matrix.reverse()
