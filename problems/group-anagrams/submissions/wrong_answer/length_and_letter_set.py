# Wrong: groups words by their length and the set of letters they use, ignoring how often
# each letter occurs, so "aab" and "abb" land in the same group.
class Solution:
    def groupAnagrams(self, words):
        groups = {}
        for w in words:
            groups.setdefault((len(w), frozenset(w)), []).append(w)
        return list(groups.values())
