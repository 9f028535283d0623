class Solution:
    def numDecodings(self, s):
        # prev2, prev1 = number of ways to decode s[:i-2] and s[:i-1]
        prev2, prev1 = 0, 1
        for i in range(len(s)):
            cur = prev1 if s[i] != '0' else 0                      # s[i] as a one-digit code
            if i > 0 and (s[i - 1] == '1' or (s[i - 1] == '2' and s[i] <= '6')):
                cur += prev2 if i > 1 else 1                       # s[i-1..i] as a code 10..26
            prev2, prev1 = prev1, cur
        return prev1
