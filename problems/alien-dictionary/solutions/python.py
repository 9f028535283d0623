class Solution:
    def alienOrder(self, words):
        # Neighbouring words give the only rules: their first differing letters are in order. A word
        # followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
        # smallest letter (in English order) that has no rule left before it.
        present = set()
        for w in words:
            present.update(w)
        after = {c: set() for c in present}
        indegree = {c: 0 for c in present}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                    break
            else:
                if len(a) > len(b):
                    return ""
        order = []
        ready = sorted(c for c in present if indegree[c] == 0)
        while ready:
            c = ready.pop(0)
            order.append(c)
            for d in after[c]:
                indegree[d] -= 1
                if indegree[d] == 0:
                    ready.append(d)
            ready.sort()
        return "".join(order) if len(order) == len(present) else ""
