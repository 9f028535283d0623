# Accepted: the plain search, without the letter count or the choice of the rarer end; the tests
# stay within the constraints, where it is fast enough.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])

        def follow(r, c, i):
            if i == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
                return False
            board[r][c] = '#'
            found = (follow(r + 1, c, i + 1) or follow(r - 1, c, i + 1) or
                     follow(r, c + 1, i + 1) or follow(r, c - 1, i + 1))
            board[r][c] = word[i]
            return found

        return any(follow(r, c, 0) for r in range(rows) for c in range(cols))
