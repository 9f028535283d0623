class Solution:
    def isSameTree(self, p, q):
        # walk both trees together with a stack of node pairs (no recursion, so a long path is
        # safe); the first pair that differs in presence or value decides
        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            stack.append((a.left, b.left))
            stack.append((a.right, b.right))
        return True
