# Wrong: lets a lone "0" be a code (as if letters were numbered from 0), so strings with a zero that
# no "1" or "2" precedes still decode.
class Solution:
    def numDecodings(self, s):
        prev2, prev1 = 1, 1
        for i in range(1, len(s)):
            cur = prev1
            if s[i - 1] == '1' or (s[i - 1] == '2' and s[i] <= '6'):
                cur += prev2
            prev2, prev1 = prev1, cur
        return prev1
