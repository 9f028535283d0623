class Solution:
    def countSubstrings(self, s):
        # Every palindrome has a centre: one letter (odd length) or the gap between two letters
        # (even length). From each of the 2n - 1 centres, grow outwards while the letters on both
        # sides match: each step outwards is one more palindrome around that centre.
        n = len(s)
        count = 0
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
