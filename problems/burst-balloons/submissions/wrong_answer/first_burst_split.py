# Wrong: splits the interval at the balloon burst FIRST and pays it with its original neighbours,
# but after that burst the two halves are no longer independent: they become neighbours.
class Solution:
    def maxCoins(self, nums):
        n = len(nums)
        val = lambda i: nums[i] if 0 <= i < n else 1
        best = [[0] * (n + 1) for _ in range(n + 1)]  # best[l][r]: balloons l..r-1
        for length in range(1, n + 1):
            for l in range(n - length + 1):
                r = l + length
                best[l][r] = max(val(k - 1) * val(k) * val(k + 1) + best[l][k] + best[k + 1][r]
                                 for k in range(l, r))
        return best[0][n]
