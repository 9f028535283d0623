class Solution:
    def invertTree(self, root):
        # visit every node once with an explicit stack (no recursion, so a long path is safe)
        # and exchange its two children
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            node.left, node.right = node.right, node.left
            if node.left is not None:
                stack.append(node.left)
            if node.right is not None:
                stack.append(node.right)
        return root
