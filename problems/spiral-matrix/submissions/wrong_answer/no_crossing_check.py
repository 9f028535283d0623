# Mistake: walks all four sides in every round without checking that the borders have not crossed
# in between. When what is left is a single row or column, the walk back visits the same cells again.
class Solution:
    def spiralOrder(self, matrix):
        res = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            for c in range(left, right + 1):
                res.append(matrix[top][c])
            top += 1
            for r in range(top, bottom + 1):
                res.append(matrix[r][right])
            right -= 1
            for c in range(right, left - 1, -1):
                res.append(matrix[bottom][c])
            bottom -= 1
            for r in range(bottom, top - 1, -1):
                res.append(matrix[r][left])
            left += 1
        return res
