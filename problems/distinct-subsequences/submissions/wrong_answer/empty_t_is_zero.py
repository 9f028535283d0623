# Wrong: treats an empty t as "nothing to find" and returns 0, but the empty subsequence can be
# picked from s in exactly one way (choose no letter).
class Solution:
    def numDistinct(self, s, t):
        if not s or not t:
            return 0
        m = len(t)
        ways = [1] + [0] * m
        for c in s:
            for j in range(m, 0, -1):
                if t[j - 1] == c:
                    ways[j] += ways[j - 1]
        return ways[m]
