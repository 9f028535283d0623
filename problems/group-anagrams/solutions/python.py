class Solution:
    def groupAnagrams(self, words):
        # two words are anagrams exactly when their sorted letters are equal
        groups = {}
        for w in words:
            key = ''.join(sorted(w))
            group = groups.get(key)
            if group is None:
                groups[key] = [w]
            else:
                group.append(w)
        return list(groups.values())
