# Wrong: takes the most frequent letter of the whole string and adds k (at most the length), as if
# the copies of that letter were next to each other; they may be far apart.
class Solution:
    def characterReplacement(self, s, k):
        count = {}
        for c in s:
            count[c] = count.get(c, 0) + 1
        return min(len(s), max(count.values()) + k)
