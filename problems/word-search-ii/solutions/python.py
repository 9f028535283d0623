class Solution:
    def findWords(self, board, words):
        # Put the words in a prefix tree (trie), then walk every path of the board from every cell
        # while the letters read so far are the prefix of some word. A word found is taken out of
        # the trie, and branches left without words are cut, so no path is followed twice in vain.
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = []

        def dfs(r, c, parent):
            ch = board[r][c]
            node = parent[ch]
            word = node.pop("$", None)
            if word is not None:
                found.append(word)
            board[r][c] = "#"
            if r > 0 and board[r - 1][c] in node:
                dfs(r - 1, c, node)
            if r + 1 < rows and board[r + 1][c] in node:
                dfs(r + 1, c, node)
            if c > 0 and board[r][c - 1] in node:
                dfs(r, c - 1, node)
            if c + 1 < cols and board[r][c + 1] in node:
                dfs(r, c + 1, node)
            board[r][c] = ch
            if not node:
                del parent[ch]

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in root:
                    dfs(r, c, root)
        found.sort()
        return found
