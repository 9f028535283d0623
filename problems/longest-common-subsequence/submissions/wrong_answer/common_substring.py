# Wrong: computes the longest common SUBSTRING (contiguous letters), not subsequence: the table is reset
# to 0 where the letters differ.
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        m = len(text2)
        prev = [0] * (m + 1)
        best = 0
        for a in text1:
            cur = [0] * (m + 1)
            for j in range(m):
                if text2[j] == a:
                    cur[j + 1] = prev[j] + 1
                    best = max(best, cur[j + 1])
            prev = cur
        return best
