# Correct but O(distinct words * words): every distinct word is counted by scanning the whole list of words again
# (tens of thousands of distinct words among 150000 words).
import re


class Solution:
    def wordCount(self, text):
        words = re.findall(r"[a-z]+", text.lower())
        counts = {}
        for word in set(words):
            counts[word] = words.count(word)
        return counts
