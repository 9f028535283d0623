# Ends each piece at the last occurrence of its first letter, without extending it for the other
# letters met on the way.
class Solution:
    def partitionLabels(self, s):
        sizes = []
        start = 0
        while start < len(s):
            end = s.rindex(s[start])
            sizes.append(end - start + 1)
            start = end + 1
        return sizes
