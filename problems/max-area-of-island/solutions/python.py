import re


class Solution:
    def maxAreaOfIsland(self, grid):
        # Union-find over horizontal runs of land: each row is split into runs of 1s (found with a
        # regex on the row's bytes, which is fast), runs of neighbouring rows that share a column are
        # merged, and every root keeps the total area of its island. O(cells), no recursion.
        parent = []
        area = []

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        run = re.compile(b'\x01+')
        best = 0
        prev = []  # runs of the previous row as (start, end, id), end exclusive
        for row in grid:
            cur = []
            for m in run.finditer(bytes(row)):
                rid = len(parent)
                parent.append(rid)
                area.append(m.end() - m.start())
                cur.append((m.start(), m.end(), rid))
            i = j = 0
            while i < len(prev) and j < len(cur):
                ps, pe, pid = prev[i]
                cs, ce, cid = cur[j]
                if ps < ce and cs < pe:  # the two runs share at least one column
                    a, b = find(pid), find(cid)
                    if a != b:
                        parent[a] = b
                        area[b] += area[a]
                if pe < ce:
                    i += 1
                else:
                    j += 1
            prev = cur
        for rid in range(len(parent)):
            if parent[rid] == rid and area[rid] > best:
                best = area[rid]
        return best
