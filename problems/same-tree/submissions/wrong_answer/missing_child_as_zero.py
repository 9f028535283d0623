# Wrong: reads a missing child as a node holding 0, so a real 0 leaf and a missing child compare
# equal.
class Solution:
    def isSameTree(self, p, q):
        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            va = a.val if a is not None else 0
            vb = b.val if b is not None else 0
            if va != vb:
                return False
            stack.append((a.left if a else None, b.left if b else None))
            stack.append((a.right if a else None, b.right if b else None))
        return True
