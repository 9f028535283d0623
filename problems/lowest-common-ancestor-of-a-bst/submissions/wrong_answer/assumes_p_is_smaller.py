# Mistake: takes p as the smaller value and q as the larger one. When p > q it walks to the wrong side,
# falls off the tree and returns its "not found" value.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node is not None:
            if q < node.val:
                node = node.left
            elif p > node.val:
                node = node.right
            else:
                return node.val
        return -1
