# Correct but slow: the recurrence written as plain recursion without a table;
# the same pairs of prefixes are solved exponentially many times.
import sys

sys.setrecursionlimit(10000)


class Solution:
    def minDistance(self, word1, word2):
        def dist(i, j):
            if i == 0:
                return j
            if j == 0:
                return i
            if word1[i - 1] == word2[j - 1]:
                return dist(i - 1, j - 1)
            return 1 + min(dist(i - 1, j - 1), dist(i - 1, j), dist(i, j - 1))

        return dist(len(word1), len(word2))
