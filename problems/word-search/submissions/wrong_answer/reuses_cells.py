# Mistake: does not mark the cells of the current path, so a path may step back onto a cell it has
# already used (a word such as "NAN" is found with a single 'N').
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])

        def follow(r, c, i):
            if i == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
                return False
            return (follow(r + 1, c, i + 1) or follow(r - 1, c, i + 1) or
                    follow(r, c + 1, i + 1) or follow(r, c - 1, i + 1))

        return any(follow(r, c, 0) for r in range(rows) for c in range(cols))
