# Wrong: the one-row DP is updated from left to right, so when t has two equal letters next to each
# other the same letter of s is used for both ("aaaa", "aa" gives 10 instead of 6).
class Solution:
    def numDistinct(self, s, t):
        m = len(t)
        ways = [1] + [0] * m
        for c in s:
            for j in range(1, m + 1):
                if t[j - 1] == c:
                    ways[j] += ways[j - 1]
        return ways[m]
