# Correct but slow: tries all 2^(n-1) ways to cut the string (each gap cut or not) and keeps those
# whose pieces are all palindromes, even when almost none of them are.
class Solution:
    def partition(self, s):
        n = len(s)
        result = []
        for mask in range(1 << (n - 1)):
            pieces = []
            start = 0
            for gap in range(n - 1):
                if mask >> gap & 1:
                    pieces.append(s[start:gap + 1])
                    start = gap + 1
            pieces.append(s[start:])
            if all(p == p[::-1] for p in pieces):
                result.append(pieces)
        return result
