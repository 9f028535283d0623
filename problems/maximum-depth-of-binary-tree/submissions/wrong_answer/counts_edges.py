# Wrong: counts the edges on the longest path instead of the nodes (a single node
# gets depth 0).
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        depth = -1
        level = [root]
        while level:
            depth += 1
            level = [c for node in level for c in (node.left, node.right) if c is not None]
        return depth
