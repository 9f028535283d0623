class Solution:
    def buildTree(self, preorder, inorder):
        # One pass over preorder with an explicit stack (no recursion: the tree may be one long path).
        # The stack holds the nodes on the current left spine whose right subtree is still open. While
        # the top is not the next inorder value, the next preorder value is a left child; once it is,
        # pop the nodes whose inorder turn has come, and the next value is the right child of the last
        # node popped. O(n) time.
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0  # the next inorder position not yet matched
        for v in preorder[1:]:
            node = stack[-1]
            if node.val != inorder[j]:
                node.left = TreeNode(v)
                stack.append(node.left)
            else:
                while stack and stack[-1].val == inorder[j]:
                    node = stack.pop()
                    j += 1
                node.right = TreeNode(v)
                stack.append(node.right)
        return root
