# Wrong: greedy; takes each letter of text1 in turn and matches it with its first occurrence in text2
# after the previous match, even when skipping that letter would allow more matches later.
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        pos = 0
        count = 0
        for c in text1:
            k = text2.find(c, pos)
            if k != -1:
                count += 1
                pos = k + 1
        return count
