# Correct but exponential: tries, letter by letter, to use or skip each letter of s, without
# remembering the answer for a pair of positions it has already solved.
class Solution:
    def numDistinct(self, s, t):
        import sys
        sys.setrecursionlimit(10000)

        def count(i, j):
            if j == len(t):
                return 1
            if len(s) - i < len(t) - j:
                return 0
            total = count(i + 1, j)
            if s[i] == t[j]:
                total += count(i + 1, j + 1)
            return total

        return count(0, 0)
