# Cuts after index i when the letters before the cut and the letters after it have nothing in
# common, building both sets for every i: right, but quadratic.
class Solution:
    def partitionLabels(self, s):
        sizes = []
        start = 0
        for i in range(len(s)):
            if not (set(s[:i + 1]) & set(s[i + 1:])):
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
