class Solution:
    def lowestCommonAncestor(self, root, p, q):
        # walk down from the root: while both values lie on the same side of the node, go to that
        # side; the first node between them (inclusive) is where their paths part: O(height), no recursion
        lo, hi = min(p, q), max(p, q)
        node = root
        while True:
            if hi < node.val:
                node = node.left
            elif lo > node.val:
                node = node.right
            else:
                return node.val
