# Mistake: clears a row and a column as soon as it meets a 0 while still scanning, so the zeros it
# has just written are met later and spread too.
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for k in range(n):
                        matrix[i][k] = 0
                    for k in range(m):
                        matrix[k][j] = 0
