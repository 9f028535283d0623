# Wrong: on a repeat, moves the window start just past the character's previous
# position even when that position is already outside the window ("abba").
class Solution:
    def lengthOfLongestSubstring(self, s):
        last = {}
        best = 0
        start = 0
        for i, c in enumerate(s):
            if c in last:
                start = last[c] + 1
            last[c] = i
            best = max(best, i - start + 1)
        return best
