# Wrong: assigns the mirrored right subtree to node.left before saving the old left one, so the
# second line mirrors the new left subtree back and both children end up as the old right subtree.
class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
