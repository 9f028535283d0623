# Correct but slow: dynamic programming over the last cut, k rows of O(n^2) each.
class Solution:
    def splitArray(self, nums, k):
        n = len(nums)
        prefix = [0] * (n + 1)
        for i, x in enumerate(nums):
            prefix[i + 1] = prefix[i] + x
        INF = float("inf")
        prev = [INF] + prefix[1:]  # one part: the whole prefix
        for j in range(2, k + 1):
            cur = [INF] * (n + 1)
            for i in range(j, n + 1):
                best = INF
                for p in range(j - 1, i):
                    largest = max(prev[p], prefix[i] - prefix[p])
                    if largest < best:
                        best = largest
                cur[i] = best
            prev = cur
        return prev[n]
