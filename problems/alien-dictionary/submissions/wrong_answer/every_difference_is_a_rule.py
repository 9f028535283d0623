# Mistake: takes a rule from every position where two neighbouring words differ, not only from the
# first one. Letters after the first difference say nothing about the order.
class Solution:
    def alienOrder(self, words):
        present = sorted(set("".join(words)))
        after = {c: set() for c in present}
        indegree = {c: 0 for c in present}
        for a, b in zip(words, words[1:]):
            if len(a) > len(b) and a.startswith(b):
                return ""
            for x, y in zip(a, b):
                if x != y and y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
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
