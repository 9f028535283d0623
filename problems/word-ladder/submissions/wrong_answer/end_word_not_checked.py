# Mistake: stops as soon as a one-letter change spells the end word, without checking that the end
# word is in the list (when it is not, there is no ladder and the answer is 0).
from collections import deque


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        words = set(wordList)
        seen = {beginWord}
        queue = deque([(beginWord, 1)])
        while queue:
            w, d = queue.popleft()
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    v = w[:i] + ch + w[i + 1:]
                    if v == endWord:
                        return d + 1
                    if v in words and v not in seen:
                        seen.add(v)
                        queue.append((v, d + 1))
        return 0
