# Correct but slow: joins every ordered pair of words and tests the result, about 100 million
# joins for 10000 words.
class Solution:
    def palindromePairs(self, words):
        pairs = []
        for i, a in enumerate(words):
            for j, b in enumerate(words):
                if i != j:
                    s = a + b
                    if s == s[::-1]:
                        pairs.append([i, j])
        return pairs
