# Mistake: every 'O' that is not itself on the edge becomes 'X', without looking at whether its
# region reaches the edge through other 'O' cells.
class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                if board[r][c] == 'O':
                    board[r][c] = 'X'
