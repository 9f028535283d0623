class Solution:
    def maxDepth(self, root):
        # breadth-first search, one level at a time (no recursion)
        if root is None:
            return 0
        depth = 0
        level = [root]
        while level:
            depth += 1
            nxt = []
            for node in level:
                if node.left is not None:
                    nxt.append(node.left)
                if node.right is not None:
                    nxt.append(node.right)
            level = nxt
        return depth
