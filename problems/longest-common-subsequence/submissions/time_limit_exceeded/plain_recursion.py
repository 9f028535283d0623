# Correct but exponential: the recurrence on the last letters, written as a recursion without
# remembering the answers it has already computed.
import sys

sys.setrecursionlimit(10000)


class Solution:
    def longestCommonSubsequence(self, text1, text2):
        def lcs(i, j):
            if i == 0 or j == 0:
                return 0
            if text1[i - 1] == text2[j - 1]:
                return lcs(i - 1, j - 1) + 1
            return max(lcs(i - 1, j), lcs(i, j - 1))
        return lcs(len(text1), len(text2))
