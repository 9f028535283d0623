import re


class Solution:
    def wordCount(self, text):
        # a word is a maximal run of ASCII letters; lowercase first so that The, THE and the are one word
        counts = {}
        for word in re.findall(r"[a-z]+", text.lower()):
            counts[word] = counts.get(word, 0) + 1
        return counts
