# Mistake: finds the row as the first one whose first number is >= target, then searches that row.
# When target lies inside a row (greater than its first number), the row to search is the one BEFORE
# it, and the search looks in the wrong row.
import bisect


class Solution:
    def searchMatrix(self, matrix, target):
        lo, hi = 0, len(matrix) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if matrix[mid][0] < target:
                lo = mid + 1
            else:
                hi = mid
        row = matrix[lo]
        i = bisect.bisect_left(row, target)
        return i < len(row) and row[i] == target
