# Mistake: finds the words correctly but counts them as written, so "The" and "the" are two different words (and
# the keys are not lowercase).
import re


class Solution:
    def wordCount(self, text):
        counts = {}
        for word in re.findall(r"[A-Za-z]+", text):
            counts[word] = counts.get(word, 0) + 1
        return counts
