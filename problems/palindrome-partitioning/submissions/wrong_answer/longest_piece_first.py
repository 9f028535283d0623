# Mistake: a greedy cut that always takes the longest palindrome at the front, which finds one
# partition (the one with long pieces) instead of all of them.
class Solution:
    def partition(self, s):
        pieces = []
        start = 0
        while start < len(s):
            end = len(s)
            while s[start:end] != s[start:end][::-1]:
                end -= 1
            pieces.append(s[start:end])
            start = end
        return [pieces]
