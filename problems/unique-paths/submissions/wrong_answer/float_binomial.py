# Wrong: the right formula C(m + n - 2, m - 1), but built with float division; once the partial
# products pass 2^53 the floats round and the result is off by a few units.
class Solution:
    def uniquePaths(self, m, n):
        total = m + n - 2
        k = min(m - 1, n - 1)
        res = 1.0
        for i in range(k):
            res = res * (total - i) / (i + 1)
        return int(round(res))
