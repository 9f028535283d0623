# Mistake: only compares every node with its own children, not with all of its ancestors.
class Solution:
    def isValidBST(self, root):
        stack = [root]
        while stack:
            node = stack.pop()
            if node.left is not None:
                if node.left.val >= node.val:
                    return False
                stack.append(node.left)
            if node.right is not None:
                if node.right.val <= node.val:
                    return False
                stack.append(node.right)
        return True
