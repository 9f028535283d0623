# Mistake: returns the number of letter changes (the steps of the ladder) instead of the number of
# words in it, which is one more.
from collections import deque


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        words = set(wordList)
        if endWord not in words:
            return 0
        dist = {beginWord: 0}
        queue = deque([beginWord])
        while queue:
            w = queue.popleft()
            if w == endWord:
                return dist[w]
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    v = w[:i] + ch + w[i + 1:]
                    if v in words and v not in dist:
                        dist[v] = dist[w] + 1
                        queue.append(v)
        return 0
