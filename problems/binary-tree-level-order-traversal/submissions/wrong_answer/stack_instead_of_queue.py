# Wrong: takes nodes from the end of a plain list (a stack) instead of the front,
# so the values inside a level come out in the wrong order.
class Solution:
    def levelOrder(self, root):
        if root is None:
            return []
        result = []
        level_nodes = [root]
        while level_nodes:
            level = []
            nxt = []
            while level_nodes:
                node = level_nodes.pop()
                level.append(node.val)
                if node.left is not None:
                    nxt.append(node.left)
                if node.right is not None:
                    nxt.append(node.right)
            result.append(level)
            level_nodes = nxt
        return result
