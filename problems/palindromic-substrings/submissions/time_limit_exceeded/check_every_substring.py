# Correct but slow: checks every substring with two pointers, about n^3 / 12 steps (more than
# 6 * 10^8 for 2000 equal letters).
class Solution:
    def countSubstrings(self, s):
        n = len(s)
        count = 0
        for i in range(n):
            for j in range(i, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi:
                    count += 1
        return count
