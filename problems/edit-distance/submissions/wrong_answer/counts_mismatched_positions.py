# Wrong: compares the words position by position and adds the length difference,
# which misses that one insertion can shift everything after it into place.
class Solution:
    def minDistance(self, word1, word2):
        diff = sum(1 for a, b in zip(word1, word2) if a != b)
        return diff + abs(len(word1) - len(word2))
