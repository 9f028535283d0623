# Mistake: counts a node only when it is strictly larger than everything above it, so a node equal to
# the largest value on its path is wrongly left out (the root is counted separately).
class Solution:
    def goodNodes(self, root):
        count = 1
        stack = []
        for child in (root.left, root.right):
            if child is not None:
                stack.append((child, root.val))
        while stack:
            node, best = stack.pop()
            if node.val > best:
                count += 1
                best = node.val
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, best))
        return count
