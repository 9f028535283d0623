# Builds the rotated picture correctly, but in a new grid that it returns: the caller's matrix is
# left as it was, and an in-place function's return value is ignored.
class Solution:
    def rotate(self, matrix):
        return [list(row) for row in zip(*matrix[::-1])]
