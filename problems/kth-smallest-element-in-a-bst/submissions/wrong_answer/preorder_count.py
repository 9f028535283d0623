# Wrong: counts the nodes in preorder (node, left, right) as if that listed a search tree's values
# in increasing order; only the in-order walk does.
class Solution:
    def kthSmallest(self, root, k):
        stack = [root]
        while stack:
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            if node.right is not None:
                stack.append(node.right)
            if node.left is not None:
                stack.append(node.left)
