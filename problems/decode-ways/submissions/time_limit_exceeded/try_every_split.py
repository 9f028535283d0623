# Correct but exponential: tries every split recursively without remembering the answers for the
# suffixes it has already counted.
class Solution:
    def numDecodings(self, s):
        def count(i):
            if i == len(s):
                return 1
            if s[i] == '0':
                return 0
            ways = count(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                ways += count(i + 2)
            return ways
        return count(0)
