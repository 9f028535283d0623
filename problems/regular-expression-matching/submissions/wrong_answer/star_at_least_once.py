# Wrong: treats "x*" as one or more x's (like "x+"), so a starred token can never be skipped.
from functools import lru_cache


class Solution:
    def isMatch(self, s, p):
        @lru_cache(maxsize=None)
        def match(i, j):
            if j == len(p):
                return i == len(s)
            first = i < len(s) and (p[j] == '.' or s[i] == p[j])
            if j + 1 < len(p) and p[j + 1] == '*':
                return first and (match(i + 1, j) or match(i + 1, j + 2))
            return first and match(i + 1, j + 1)
        return match(0, 0)
