# Correct but slow: checks every substring with two pointers, about n^3 / 12 steps (more than
# 6 * 10^8 for 2000 equal letters).
import sys

s = sys.stdin.readline().strip()
n = len(s)
best_start, best_len = 0, 1
for i in range(n):
    for j in range(i + 1, n):
        lo, hi = i, j
        while lo < hi and s[lo] == s[hi]:
            lo += 1
            hi -= 1
        if lo >= hi and j - i + 1 > best_len:
            best_start, best_len = i, j - i + 1
print(s[best_start:best_start + best_len])
