class Solution:
    def minDistance(self, word1, word2):
        n, m = len(word1), len(word2)
        # prev[j] = distance between the first i-1 characters of word1 and the first j of word2
        prev = list(range(m + 1))
        for i in range(1, n + 1):
            cur = [i] + [0] * m
            c1 = word1[i - 1]
            for j in range(1, m + 1):
                if c1 == word2[j - 1]:
                    cur[j] = prev[j - 1]
                else:
                    cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
            prev = cur
        return prev[m]
