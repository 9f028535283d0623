# Wrong: on a repeat, throws the whole window away and starts again at the current
# character, losing the characters between the two copies ("dvdf").
class Solution:
    def lengthOfLongestSubstring(self, s):
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
