# Wrong: the right gains, but the best sum starts at 0 as if the empty path counted; when every
# value is negative it answers 0 instead of the largest single value.
class Solution:
    def maxPathSum(self, root):
        best = 0

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(0, gain(node.left))
            right = max(0, gain(node.right))
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
