# Mistake: the comparison stops where subRoot stops, so subRoot matching only the top part of a subtree
# (which has more nodes below) is taken for a match.
class Solution:
    def isSubtree(self, root, subRoot):
        def covers(a, b):
            stack = [(a, b)]
            while stack:
                x, y = stack.pop()
                if y is None:
                    continue            # should also require x is None
                if x is None or x.val != y.val:
                    return False
                stack.append((x.left, y.left))
                stack.append((x.right, y.right))
            return True

        stack = [root]
        while stack:
            node = stack.pop()
            if node is not None:
                if covers(node, subRoot):
                    return True
                stack.append(node.left)
                stack.append(node.right)
        return False
