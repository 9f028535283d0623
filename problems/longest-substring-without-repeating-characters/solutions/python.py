class Solution:
    def lengthOfLongestSubstring(self, s):
        last = {}  # character -> last index where it was seen
        best = 0
        start = 0  # the window s[start..i] has no repeated character
        for i, c in enumerate(s):
            j = last.get(c, -1)
            if j >= start:
                start = j + 1
            last[c] = i
            if i - start + 1 > best:
                best = i - start + 1
        return best
