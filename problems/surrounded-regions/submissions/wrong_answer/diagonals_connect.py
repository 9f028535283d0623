# Mistake: cells touching at a corner are treated as connected (8 directions instead of 4), so an
# enclosed cell next to an open one diagonally is kept.
class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        stack = []
        for r in range(rows):
            for c in range(cols):
                edge = r == 0 or c == 0 or r == rows - 1 or c == cols - 1
                if edge and board[r][c] == 'O':
                    board[r][c] = 'S'
                    stack.append((r, c))
        while stack:
            r, c = stack.pop()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == 'O':
                        board[nr][nc] = 'S'
                        stack.append((nr, nc))
        for row in board:
            for c in range(cols):
                row[c] = 'O' if row[c] == 'S' else 'X'
