# Wrong: only measures the path that turns at the root (left height + right height), but the
# longest path may lie entirely inside one subtree.
class Solution:
    def diameterOfBinaryTree(self, root):
        def height(node):
            best, stack = 0, [(node, 1)] if node is not None else []
            while stack:
                n, d = stack.pop()
                best = max(best, d)
                for c in (n.left, n.right):
                    if c is not None:
                        stack.append((c, d + 1))
            return best
        if root is None:
            return 0
        return height(root.left) + height(root.right)
