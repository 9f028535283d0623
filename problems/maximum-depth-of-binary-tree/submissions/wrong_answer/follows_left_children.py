# Wrong: walks down the left children only (or the right one when there is no
# left), as if the deepest leaf were always on the leftmost path.
class Solution:
    def maxDepth(self, root):
        depth = 0
        node = root
        while node is not None:
            depth += 1
            node = node.left if node.left is not None else node.right
        return depth
