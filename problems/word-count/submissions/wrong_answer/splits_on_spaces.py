# Mistake: splits the text on whitespace only, so punctuation and digits stay attached ("end." and "end" are counted
# as different words, "don't" stays one word).
class Solution:
    def wordCount(self, text):
        counts = {}
        for word in text.lower().split():
            counts[word] = counts.get(word, 0) + 1
        return counts
