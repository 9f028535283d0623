# Correct but slow: before comparing two nodes' children it measures the heights of both subtrees
# again, to give up early on different shapes. That walks each subtree once per ancestor:
# O(n * height), quadratic on a tree that is one long path.
class Solution:
    def isSameTree(self, p, q):
        def height(node):
            best, stack = 0, [(node, 1)] if node is not None else []
            while stack:
                n, d = stack.pop()
                best = max(best, d)
                if n.left is not None:
                    stack.append((n.left, d + 1))
                if n.right is not None:
                    stack.append((n.right, d + 1))
            return best

        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            if height(a) != height(b):
                return False
            stack.append((a.left, b.left))
            stack.append((a.right, b.right))
        return True
