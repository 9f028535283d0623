# Correct but O(n^2) on a deep tree: the split is found by scanning inorder for the root each time
# (list.index over the whole range). On a left path of 100000 nodes the root is always at the far end.
# An explicit stack replaces the recursion, so the time limit, not the stack, is what stops it.
class Solution:
    def buildTree(self, preorder, inorder):
        if not preorder:
            return None
        holder = TreeNode()
        # (first preorder index, inorder range lo..hi, parent, side)
        stack = [(0, 0, len(inorder) - 1, holder, "left")]
        while stack:
            pre_lo, lo, hi, parent, side = stack.pop()
            if lo > hi:
                continue
            v = preorder[pre_lo]
            k = inorder.index(v, lo, hi + 1)
            node = TreeNode(v)
            setattr(parent, side, node)
            stack.append((pre_lo + 1 + (k - lo), k + 1, hi, node, "right"))
            stack.append((pre_lo + 1, lo, k - 1, node, "left"))
        return holder.left
