class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        # Breadth-first search over words. Words one letter apart share a pattern with that letter
        # replaced by '*' ("c*t" for "cat" and "cut"); each pattern's bucket of words is used once,
        # then emptied, so the search costs O(N * L^2) for N words of length L.
        words = set(wordList)
        if endWord not in words:
            return 0
        length = len(beginWord)
        buckets = {}
        for w in words:
            for i in range(length):
                buckets.setdefault(w[:i] + '*' + w[i + 1:], []).append(w)
        seen = {beginWord}
        frontier = [beginWord]
        steps = 1
        while frontier:
            steps += 1
            nxt = []
            for w in frontier:
                for i in range(length):
                    bucket = buckets.pop(w[:i] + '*' + w[i + 1:], None)
                    if bucket is None:
                        continue
                    for v in bucket:
                        if v not in seen:
                            if v == endWord:
                                return steps
                            seen.add(v)
                            nxt.append(v)
            frontier = nxt
        return 0
