# Correct but O(n^2): removes every letter of s from a list of t's letters (list.remove shifts the
# rest of the list each time).
class Solution:
    def isAnagram(self, s, t):
        if len(s) != len(t):
            return False
        rest = list(t)
        for c in s:
            try:
                rest.remove(c)
            except ValueError:
                return False
        return True
