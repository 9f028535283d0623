# Wrong: grows palindromes only around single letters and never around the gap between two
# letters, so the palindromes of even length ("oo", "noon") are missed.
class Solution:
    def countSubstrings(self, s):
        n = len(s)
        count = 0
        for mid in range(n):
            lo = hi = mid
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
