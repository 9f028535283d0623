# Mistake: t is turned into a set, so a letter that t needs several times is only required once.
class Solution:
    def minWindow(self, s, t):
        need = set(t)
        best = ""
        have = {}
        left = 0
        for right, c in enumerate(s):
            have[c] = have.get(c, 0) + 1
            while all(have.get(x, 0) > 0 for x in need):
                if best == "" or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
