class Solution:
    def maxCoins(self, nums):
        # v = the balloons with a balloon worth 1 added at each end (never burst)
        v = [1] + nums + [1]
        n = len(v)
        # best[l][r] = most coins from bursting every balloon strictly between l and r while l and r
        # are still there. byCol[r][l] holds the same value, so that both factors of the inner loop
        # are slices of a row.
        best = [[0] * n for _ in range(n)]
        byCol = [[0] * n for _ in range(n)]
        for gap in range(2, n):
            for l in range(n - gap):
                r = l + gap
                # k = the balloon between l and r burst LAST: its neighbours are then l and r
                w = v[l] * v[r]
                b = max([a + c + w * x for a, c, x in zip(best[l][l + 1:r], byCol[r][l + 1:r], v[l + 1:r])])
                best[l][r] = b
                byCol[r][l] = b
        return best[0][n - 1]
