import re


class Solution:
    def numIslands(self, grid):
        # Union-find over horizontal runs of land: each row is split into runs of '1's (found
        # with a regex, which is fast), and runs of neighbouring rows that overlap are merged.
        # This is O(cells) and avoids touching every cell in Python code.
        parent = []

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        run = re.compile('1+')
        islands = 0
        prev = []  # runs of the previous row as (start, end, id), end exclusive
        for row in grid:
            cur = []
            for m in run.finditer(row):
                rid = len(parent)
                parent.append(rid)
                islands += 1
                cur.append((m.start(), m.end(), rid))
            i = j = 0
            while i < len(prev) and j < len(cur):
                ps, pe, pid = prev[i]
                cs, ce, cid = cur[j]
                if ps < ce and cs < pe:  # the two runs share at least one column
                    a, b = find(pid), find(cid)
                    if a != b:
                        parent[a] = b
                        islands -= 1
                if pe < ce:
                    i += 1
                else:
                    j += 1
            prev = cur
        return islands
