# Correct but slow: compares each word with the first word of every group found so far,
# O(n * groups), which is O(n^2) when most groups are small.
class Solution:
    def groupAnagrams(self, words):
        def anagrams(a, b):
            return len(a) == len(b) and sorted(a) == sorted(b)

        groups = []
        for w in words:
            for g in groups:
                if anagrams(g[0], w):
                    g.append(w)
                    break
            else:
                groups.append([w])
        return groups
