# Correct but slow: tries every way to cut the text, without remembering which positions were
# already known to fail. "aaa...ab" with the words a, aa, ..., a*20 has astronomically many cuts.
import sys

sys.setrecursionlimit(10000)


class Solution:
    def wordBreak(self, s, wordDict):
        def can(i):
            if i == len(s):
                return True
            for w in wordDict:
                if s.startswith(w, i) and can(i + len(w)):
                    return True
            return False

        return can(0)
