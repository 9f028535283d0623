# Correct but slow: takes a rule from EVERY pair of words (i < j), not only from neighbours. The
# rules are the same, but there are n * n / 2 pairs: 200 million for 20000 words.
class Solution:
    def alienOrder(self, words):
        present = sorted(set("".join(words)))
        after = {c: set() for c in present}
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                a, b = words[i], words[j]
                for x, y in zip(a, b):
                    if x != y:
                        after[x].add(y)
                        break
                else:
                    if len(a) > len(b):
                        return ""
        indegree = {c: 0 for c in present}
        for c in present:
            for d in after[c]:
                indegree[d] += 1
        order = []
        ready = [c for c in present if indegree[c] == 0]
        while ready:
            ready.sort()
            c = ready.pop(0)
            order.append(c)
            for d in after[c]:
                indegree[d] -= 1
                if indegree[d] == 0:
                    ready.append(d)
        return "".join(order) if len(order) == len(present) else ""
