# Mistake: neighbouring words that share all their letters give no rule, and the case of a word
# followed by its own proper prefix ("pin" before "pi") is not rejected.
class Solution:
    def alienOrder(self, words):
        present = sorted(set("".join(words)))
        after = {c: set() for c in present}
        indegree = {c: 0 for c in present}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                    break
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
