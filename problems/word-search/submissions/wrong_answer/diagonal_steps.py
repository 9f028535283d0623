# Mistake: also steps diagonally, to all eight neighbours of a cell.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])

        def follow(r, c, i):
            if i == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
                return False
            board[r][c] = '#'
            found = any(follow(r + dr, c + dc, i + 1)
                        for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            board[r][c] = word[i]
            return found

        return any(follow(r, c, 0) for r in range(rows) for c in range(cols))
