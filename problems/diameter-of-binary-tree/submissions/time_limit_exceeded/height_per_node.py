# Correct but slow: for every node it measures the heights of its two subtrees with a fresh walk,
# so each node is walked again for every ancestor: O(n * height), quadratic on a long path.
class Solution:
    def diameterOfBinaryTree(self, root):
        def height(node):
            best, stack = 0, [(node, 1)] if node is not None else []
            while stack:
                n, d = stack.pop()
                if d > best:
                    best = d
                if n.left is not None:
                    stack.append((n.left, d + 1))
                if n.right is not None:
                    stack.append((n.right, d + 1))
            return best

        best = 0
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            best = max(best, height(node.left) + height(node.right))
            for c in (node.left, node.right):
                if c is not None:
                    stack.append(c)
        return best
