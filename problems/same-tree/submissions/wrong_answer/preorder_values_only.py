# Wrong: compares the values in preorder without recording the missing children, so two trees of
# different shapes with the same preorder (a left child against a right child) look identical.
class Solution:
    def isSameTree(self, p, q):
        def preorder(root):
            out, stack = [], [root]
            while stack:
                node = stack.pop()
                if node is not None:
                    out.append(node.val)
                    stack.append(node.right)
                    stack.append(node.left)
            return out
        return preorder(p) == preorder(q)
