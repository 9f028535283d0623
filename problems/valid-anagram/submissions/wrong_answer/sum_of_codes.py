# Mistake: compares the lengths and the sums of the character codes, which many non-anagrams share
# ("ad" and "bc").
class Solution:
    def isAnagram(self, s, t):
        return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))
