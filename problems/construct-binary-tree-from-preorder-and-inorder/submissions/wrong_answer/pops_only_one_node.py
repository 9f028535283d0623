# Mistake: in the one-pass stack method, pops a single node when the top matches inorder instead of
# popping while it matches, so a right child is hung too low when it belongs to an ancestor further up.
class Solution:
    def buildTree(self, preorder, inorder):
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0
        for v in preorder[1:]:
            node = stack[-1]
            if node.val != inorder[j]:
                node.left = TreeNode(v)
                stack.append(node.left)
            else:
                node = stack.pop()
                j += 1
                node.right = TreeNode(v)
                stack.append(node.right)
        return root
