# Tests whether the piece ends here before taking the current letter's last occurrence into
# account, so a letter that starts on the would-be last index is cut off from its later copies.
class Solution:
    def partitionLabels(self, s):
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            if i == end and i > start:
                sizes.append(end - start + 1)
                start = i + 1
            end = max(end, last[c])
        if start < len(s):
            sizes.append(len(s) - start)
        return sizes
