# Wrong: grows palindromes only around single letters, so it never finds one of even length
# ("abccba").
import sys

s = sys.stdin.readline().strip()
n = len(s)
best = s[0]
for mid in range(n):
    lo, hi = mid, mid
    while lo >= 0 and hi < n and s[lo] == s[hi]:
        lo -= 1
        hi += 1
    if hi - lo - 1 > len(best):
        best = s[lo + 1:hi]
print(best)
