# Correct but quadratic: from every start, extends the window while it needs at most k rewrites.
class Solution:
    def characterReplacement(self, s, k):
        n = len(s)
        best = 0
        for i in range(n):
            count = [0] * 26
            top = 0
            for j in range(i, n):
                c = ord(s[j]) - 65
                count[c] += 1
                if count[c] > top:
                    top = count[c]
                if j - i + 1 - top > k:
                    break
                if j - i + 1 > best:
                    best = j - i + 1
        return best
