class Solution:
    def isMatch(self, s, p):
        n = len(s)
        # the pattern as tokens (character, starred)
        tokens = []
        for c in p:
            if c == '*':
                tokens[-1] = (tokens[-1][0], True)
            else:
                tokens.append((c, False))
        # cur[i]: s[i:] matches the tokens processed so far (a suffix of the pattern)
        cur = [False] * (n + 1)
        cur[n] = True
        for c, star in reversed(tokens):
            new = [False] * (n + 1)
            if star:
                new[n] = cur[n]
                for i in range(n - 1, -1, -1):
                    # use the starred token zero times, or once more
                    new[i] = cur[i] or ((c == '.' or s[i] == c) and new[i + 1])
            else:
                for i in range(n):
                    new[i] = (c == '.' or s[i] == c) and cur[i + 1]
            cur = new
        return cur[0]
