class Solution:
    def partitionLabels(self, s):
        last = {c: i for i, c in enumerate(s)}  # the last index of every letter
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            if last[c] > end:
                end = last[c]
            if i == end:  # every letter seen since start ends here
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
