class Solution:
    def searchMatrix(self, matrix, target):
        # the rows, read one after the other, form one sorted list of m * n numbers:
        # binary search over its positions; position p is the cell (p // n, p % n)
        m, n = len(matrix), len(matrix[0])
        lo, hi = 0, m * n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            value = matrix[mid // n][mid % n]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
