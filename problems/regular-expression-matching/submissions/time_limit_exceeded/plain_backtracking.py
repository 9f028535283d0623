# Correct but exponential: the natural recursion (skip the starred token, or use it once more)
# without remembering the states it has already tried.
class Solution:
    def isMatch(self, s, p):
        def match(i, j):
            if j == len(p):
                return i == len(s)
            first = i < len(s) and (p[j] == '.' or s[i] == p[j])
            if j + 1 < len(p) and p[j + 1] == '*':
                return match(i, j + 2) or (first and match(i + 1, j))
            return first and match(i + 1, j + 1)
        return match(0, 0)
