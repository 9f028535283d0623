# Mistake: returns a valid order found by a depth-first search, but not the one the statement asks
# for (the smallest in English order when several orders are valid).
class Solution:
    def alienOrder(self, words):
        present = list(dict.fromkeys("".join(words)))
        after = {c: [] for c in present}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    after[x].append(y)
                    break
            else:
                if len(a) > len(b):
                    return ""
        state = {c: 0 for c in present}   # 0 new, 1 on the stack, 2 done
        out = []
        for start in present:
            if state[start]:
                continue
            stack = [(start, iter(after[start]))]
            state[start] = 1
            while stack:
                c, it = stack[-1]
                d = next(it, None)
                if d is None:
                    stack.pop()
                    state[c] = 2
                    out.append(c)
                elif state[d] == 1:
                    return ""
                elif state[d] == 0:
                    state[d] = 1
                    stack.append((d, iter(after[d])))
        return "".join(reversed(out))
