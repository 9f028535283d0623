# Correct but O(n^2): for every start position, grow the window until it covers t.
from collections import Counter


class Solution:
    def minWindow(self, s, t):
        need = Counter(t)
        best = ""
        n = len(s)
        for left in range(n):
            if s[left] not in need:
                continue
            remaining = dict(need)
            missing = len(t)
            for right in range(left, n):
                c = s[right]
                if remaining.get(c, 0) > 0:
                    missing -= 1
                if c in remaining:
                    remaining[c] -= 1
                if missing == 0:
                    if best == "" or right - left + 1 < len(best):
                        best = s[left:right + 1]
                    break
        return best
