# Correct but O(n * height): for every node, walks its whole left and right subtrees to find their
# largest and smallest values.
class Solution:
    def isValidBST(self, root):
        def extremes(sub):
            lo = hi = sub.val
            stack = [sub]
            while stack:
                nd = stack.pop()
                if nd.val < lo:
                    lo = nd.val
                if nd.val > hi:
                    hi = nd.val
                if nd.left is not None:
                    stack.append(nd.left)
                if nd.right is not None:
                    stack.append(nd.right)
            return lo, hi

        stack = [root]
        while stack:
            node = stack.pop()
            if node.left is not None:
                if extremes(node.left)[1] >= node.val:
                    return False
                stack.append(node.left)
            if node.right is not None:
                if extremes(node.right)[0] <= node.val:
                    return False
                stack.append(node.right)
        return True
