# Correct but slow: searches the board separately for every word, from every cell, with the usual
# single-word backtracking. Words sharing a prefix repeat the same walks: with 30000 words that is
# far more work than walking the board once with all the words in a trie.
class Solution:
    def findWords(self, board, words):
        rows, cols = len(board), len(board[0])

        def exists(word):
            def dfs(r, c, i):
                if board[r][c] != word[i]:
                    return False
                if i == len(word) - 1:
                    return True
                ch, board[r][c] = board[r][c], "#"
                ok = ((r > 0 and dfs(r - 1, c, i + 1)) or (r + 1 < rows and dfs(r + 1, c, i + 1))
                      or (c > 0 and dfs(r, c - 1, i + 1)) or (c + 1 < cols and dfs(r, c + 1, i + 1)))
                board[r][c] = ch
                return ok

            return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))

        return sorted(w for w in words if exists(w))
