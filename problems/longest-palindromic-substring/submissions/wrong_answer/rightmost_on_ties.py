# Wrong: replaces the best palindrome also when a later one is only as long (>= instead of >),
# so ties print the rightmost palindrome instead of the leftmost.
import sys

s = sys.stdin.readline().strip()
n = len(s)
best = s[0]
for centre in range(2 * n - 1):
    lo = centre // 2
    hi = lo + centre % 2
    while lo >= 0 and hi < n and s[lo] == s[hi]:
        lo -= 1
        hi += 1
    if hi - lo - 1 >= len(best):
        best = s[lo + 1:hi]
print(best)
