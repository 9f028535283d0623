# Wrong: keeps each group as a set, so a word that occurs several times is kept only once.
class Solution:
    def groupAnagrams(self, words):
        groups = {}
        for w in words:
            groups.setdefault(''.join(sorted(w)), set()).add(w)
        return [list(g) for g in groups.values()]
