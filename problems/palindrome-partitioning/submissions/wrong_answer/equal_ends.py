# Mistake: takes a piece for a palindrome as soon as its first and last letters are equal, without
# looking at the letters between them ("abca" passes).
class Solution:
    def partition(self, s):
        n = len(s)
        result = []
        pieces = []

        def cut(start):
            if start == n:
                result.append(pieces[:])
                return
            for end in range(start, n):
                if s[start] == s[end]:
                    pieces.append(s[start:end + 1])
                    cut(end + 1)
                    pieces.pop()

        cut(0)
        return result
