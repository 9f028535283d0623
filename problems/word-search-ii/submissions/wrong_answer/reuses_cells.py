# Wrong: the trie walk forgets to mark the cells of the current path, so a word may use the same
# cell twice ("aba" read on a board holding only one a and one b).
class Solution:
    def findWords(self, board, words):
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = set()

        def dfs(r, c, node, depth):
            if "$" in node:
                found.add(node["$"])
            if depth == 10:
                return
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    dfs(nr, nc, node[board[nr][nc]], depth + 1)

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in root:
                    dfs(r, c, root[board[r][c]], 1)
        return sorted(found)
