from collections import Counter


class Solution:
    def exist(self, board, word):
        # backtracking from every cell: follow the word letter by letter through side neighbours,
        # marking the cells of the current path so that none is used twice
        rows, cols = len(board), len(board[0])
        # pruning: the board must hold every letter of the word as many times as the word uses it
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False
        # start from the end of the word whose letter is rarer on the board: fewer starts
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]
        grid = [row[:] for row in board]
        n = len(word)

        def follow(r, c, i):
            # the path so far matches word[:i] and ends next to (r, c)
            if grid[r][c] != word[i]:
                return False
            if i == n - 1:
                return True
            grid[r][c] = '#'
            found = ((r > 0 and follow(r - 1, c, i + 1)) or
                     (r + 1 < rows and follow(r + 1, c, i + 1)) or
                     (c > 0 and follow(r, c - 1, i + 1)) or
                     (c + 1 < cols and follow(r, c + 1, i + 1)))
            grid[r][c] = word[i]
            return found

        return any(follow(r, c, 0) for r in range(rows) for c in range(cols))
