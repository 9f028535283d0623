# Correct but slow: for every 'O' cell, a new breadth-first search of its region to see whether it
# reaches the edge. Cells of the same region are searched again and again: O((m*n)^2) on a board
# that is one big region.
from collections import deque


class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])

        def reaches_edge(sr, sc):
            seen = {(sr, sc)}
            queue = deque([(sr, sc)])
            while queue:
                r, c = queue.popleft()
                if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
                    return True
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if board[nr][nc] != 'X' and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        queue.append((nr, nc))
            return False

        enclosed = [(r, c) for r in range(rows) for c in range(cols)
                    if board[r][c] == 'O' and not reaches_edge(r, c)]
        for r, c in enclosed:
            board[r][c] = 'X'
