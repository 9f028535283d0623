from collections import Counter


class Solution:
    def isAnagram(self, s, t):
        return len(s) == len(t) and Counter(s) == Counter(t)
