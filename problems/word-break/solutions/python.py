class Solution:
    def wordBreak(self, s, wordDict):
        # ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing
        # to cut), and ok[i] is true when some word w ends at i with ok[i - len(w)] true. Only the
        # lengths that dictionary words have need to be tried.
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        n = len(s)
        ok = [False] * (n + 1)
        ok[0] = True
        for i in range(1, n + 1):
            for L in lengths:
                if L > i:
                    break
                if ok[i - L] and s[i - L:i] in words:
                    ok[i] = True
                    break
        return ok[n]
