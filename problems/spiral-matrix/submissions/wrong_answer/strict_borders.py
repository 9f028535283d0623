# Mistake: each round walks full rings, and the loop runs only while top < bottom and left < right.
# A ring needs two rows and two columns, so a middle row, column or single cell left at the end is
# never visited (a 3x3 grid loses its centre).
class Solution:
    def spiralOrder(self, matrix):
        res = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top < bottom and left < right:
            for c in range(left, right):
                res.append(matrix[top][c])
            for r in range(top, bottom):
                res.append(matrix[r][right])
            for c in range(right, left, -1):
                res.append(matrix[bottom][c])
            for r in range(bottom, top, -1):
                res.append(matrix[r][left])
            top += 1
            bottom -= 1
            left += 1
            right -= 1
        return res
