# Wrong: the table is right but each word tried at position i overwrites ok[i] instead of adding
# to it, so only the last word of the dictionary that fits there counts.
class Solution:
    def wordBreak(self, s, wordDict):
        n = len(s)
        ok = [False] * (n + 1)
        ok[0] = True
        for i in range(1, n + 1):
            for w in wordDict:
                if len(w) <= i and s[i - len(w):i] == w:
                    ok[i] = ok[i - len(w)]
        return ok[n]
