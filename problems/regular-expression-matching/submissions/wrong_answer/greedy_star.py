# Wrong: a starred token greedily takes every matching character it can and never gives any back,
# so "a*a" fails on "aaa".
class Solution:
    def isMatch(self, s, p):
        i = j = 0
        while j < len(p):
            c = p[j]
            star = j + 1 < len(p) and p[j + 1] == '*'
            if star:
                while i < len(s) and (c == '.' or s[i] == c):
                    i += 1
                j += 2
            else:
                if i < len(s) and (c == '.' or s[i] == c):
                    i += 1
                    j += 1
                else:
                    return False
        return i == len(s)
