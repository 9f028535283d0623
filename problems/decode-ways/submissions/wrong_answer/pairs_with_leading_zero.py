# Wrong: accepts any two digits whose value is at most 26 as a code, so "05" or "01" (a leading zero)
# counts as one.
class Solution:
    def numDecodings(self, s):
        prev2, prev1 = 1, (0 if s[0] == '0' else 1)
        for i in range(1, len(s)):
            cur = prev1 if s[i] != '0' else 0
            if int(s[i - 1:i + 1]) <= 26:
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1
