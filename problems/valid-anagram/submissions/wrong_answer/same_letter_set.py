# Mistake: compares the sets of letters, ignoring how often each letter occurs.
class Solution:
    def isAnagram(self, s, t):
        return set(s) == set(t)
