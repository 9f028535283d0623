class Solution:
    def spiralOrder(self, matrix):
        # Four borders move inwards after each side is walked; the bottom row and the left column are
        # walked only while the borders have not crossed (else a single row or column repeats).
        res = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            res.extend(matrix[top][left:right + 1])
            top += 1
            for r in range(top, bottom + 1):
                res.append(matrix[r][right])
            right -= 1
            if top <= bottom:
                row = matrix[bottom]
                for c in range(right, left - 1, -1):
                    res.append(row[c])
                bottom -= 1
            if left <= right:
                for r in range(bottom, top - 1, -1):
                    res.append(matrix[r][left])
                left += 1
        return res
