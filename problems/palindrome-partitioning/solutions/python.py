class Solution:
    def partition(self, s):
        # pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next piece
        # starts where the last one ended and must be a palindrome, so every branch ends in an answer
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        result = []
        pieces = []

        def cut(start):
            if start == n:
                result.append(pieces[:])
                return
            row = pal[start]
            for end in range(start, n):
                if row[end]:
                    pieces.append(s[start:end + 1])
                    cut(end + 1)
                    pieces.pop()

        cut(0)
        return result
