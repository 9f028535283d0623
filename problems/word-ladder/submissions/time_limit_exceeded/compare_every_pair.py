# Correct but slow: a breadth-first search that finds the next words by comparing the current word
# with every word of the list, letter by letter: N * N * L steps when most words are visited.
from collections import deque


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        if endWord not in wordList:
            return 0

        def one_apart(a, b):
            diff = 0
            for x, y in zip(a, b):
                if x != y:
                    diff += 1
                    if diff > 1:
                        return False
            return diff == 1

        unvisited = [w for w in wordList if w != beginWord]
        queue = deque([(beginWord, 1)])
        while queue:
            w, d = queue.popleft()
            rest = []
            for v in unvisited:
                if one_apart(w, v):
                    if v == endWord:
                        return d + 1
                    queue.append((v, d + 1))
                else:
                    rest.append(v)
            unvisited = rest
        return 0
