class Solution:
    def longestCommonSubsequence(self, text1, text2):
        # prev[j] = LCS of the letters of text1 seen so far and text2[:j]; one row at a time
        m = len(text2)
        prev = [0] * (m + 1)
        for a in text1:
            cur = [0] * (m + 1)
            left = 0
            for j in range(m):
                if text2[j] == a:
                    left = prev[j] + 1
                else:
                    up = prev[j + 1]
                    if up > left:
                        left = up
                cur[j + 1] = left
            prev = cur
        return prev[m]
