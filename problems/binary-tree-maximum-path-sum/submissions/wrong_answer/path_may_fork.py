# Wrong: offers the parent the sum of both branches (node + left + right), so the "path" it
# counts may fork into a V under every node instead of being one line.
class Solution:
    def maxPathSum(self, root):
        best = root.val

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(0, gain(node.left))
            right = max(0, gain(node.right))
            best = max(best, node.val + left + right)
            return node.val + left + right

        gain(root)
        return best
