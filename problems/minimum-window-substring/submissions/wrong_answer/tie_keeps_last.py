# Mistake: `<=` when comparing window lengths, so among equally short windows the last one wins
# instead of the leftmost.
class Solution:
    def minWindow(self, s, t):
        need = [0] * 128
        for c in t:
            need[ord(c)] += 1
        missing = len(t)
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, c in enumerate(s):
            code = ord(c)
            if need[code] > 0:
                missing -= 1
            need[code] -= 1
            while missing == 0:
                if right - left + 1 <= best_len:
                    best_start, best_len = left, right - left + 1
                lcode = ord(s[left])
                need[lcode] += 1
                if need[lcode] > 0:
                    missing += 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""
