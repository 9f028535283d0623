class Solution:
    def solveNQueens(self, n):
        # backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
        # already attacked, so each row only tries the free squares. The board of a placement is
        # written out when the last row is filled.
        full = (1 << n) - 1
        boards = []
        cols = [0] * n       # cols[r]: the column of the queen in row r

        def place(r, taken, down, up):
            # taken: attacked columns; down / up: diagonals seen from row r (already shifted)
            if r == n:
                boards.append(['.' * c + 'Q' + '.' * (n - 1 - c) for c in cols])
                return
            free = full & ~(taken | down | up)
            while free:
                bit = free & -free
                free ^= bit
                cols[r] = bit.bit_length() - 1
                place(r + 1, taken | bit, ((down | bit) << 1) & full, (up | bit) >> 1)

        place(0, 0, 0, 0)
        return boards
