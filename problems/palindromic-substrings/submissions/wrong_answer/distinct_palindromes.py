# Wrong: collects the palindromes in a set, so the same letters found at two positions ("ana" in
# "banana") are counted once instead of twice.
class Solution:
    def countSubstrings(self, s):
        n = len(s)
        found = set()
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                found.add(s[lo:hi + 1])
                lo -= 1
                hi += 1
        return len(found)
