# Wrong: grows a window from each start, always turning the letters into the window's FIRST letter.
# The best run may need its first letter rewritten too ("BAAA" with k = 1 gives 4, not 3).
# (Quadratic as well, but the small hidden tests already catch it.)
class Solution:
    def characterReplacement(self, s, k):
        n = len(s)
        best = 0
        for i in range(n):
            used = 0
            j = i
            while j < n and (s[j] == s[i] or used < k):
                if s[j] != s[i]:
                    used += 1
                j += 1
            best = max(best, j - i)
        return best
