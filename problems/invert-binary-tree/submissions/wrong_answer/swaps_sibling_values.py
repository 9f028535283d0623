# Wrong: exchanges the values of each node's two children instead of the subtrees themselves, so
# the grandchildren stay under the wrong parent and a lone child stays on its side.
class Solution:
    def invertTree(self, root):
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            if node.left is not None and node.right is not None:
                node.left.val, node.right.val = node.right.val, node.left.val
            for child in (node.left, node.right):
                if child is not None:
                    stack.append(child)
        return root
