# Correct but slow: spells every path of len(word) cells that never reuses a cell and compares it
# with the word only when it is complete, instead of giving up at the first wrong letter.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        n = len(word)
        used = [[False] * cols for _ in range(rows)]
        letters = []

        def walk(r, c):
            used[r][c] = True
            letters.append(board[r][c])
            if len(letters) == n:
                found = ''.join(letters) == word
            else:
                found = False
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < rows and 0 <= b < cols and not used[a][b] and walk(a, b):
                        found = True
                        break
            letters.pop()
            used[r][c] = False
            return found

        return any(walk(r, c) for r in range(rows) for c in range(cols))
