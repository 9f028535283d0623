# Wrong: at each position takes the longest dictionary word that fits and never reconsiders, so
# "abcd" with ["abc", "ab", "cd"] takes "abc" and is stuck with "d".
class Solution:
    def wordBreak(self, s, wordDict):
        words = sorted(wordDict, key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in words:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True
