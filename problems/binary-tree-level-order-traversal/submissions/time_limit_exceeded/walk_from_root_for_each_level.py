# Correct but slow: for every depth d, walks the tree again from the root and
# collects the nodes at depth d (the textbook "print given level" method).
# The cost is the sum over d of the nodes above depth d: O(n * height).
class Solution:
    def levelOrder(self, root):
        result = []
        d = 0
        while True:
            level = []
            stack = [(root, 0)] if root is not None else []
            while stack:
                node, depth = stack.pop()
                if depth == d:
                    level.append(node.val)
                    continue
                if node.right is not None:
                    stack.append((node.right, depth + 1))
                if node.left is not None:
                    stack.append((node.left, depth + 1))
            if not level:
                return result
            result.append(level)
            d += 1
