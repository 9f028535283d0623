class Solution:
    def numDistinct(self, s, t):
        m = len(t)
        # ways[j] = number of ways to pick t[:j] as a subsequence of the part of s read so far
        ways = [1] + [0] * m
        for c in s:
            # right to left, so that ways[j - 1] still counts the part of s before c
            for j in range(m, 0, -1):
                if t[j - 1] == c:
                    ways[j] += ways[j - 1]
        return ways[m]
