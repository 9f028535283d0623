# Mistake: `if prev and ...` is meant to skip the check for the first node, but it also skips it
# whenever the previous value is 0.
class Solution:
    def isValidBST(self, root):
        stack = []
        node = root
        prev = None
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev and node.val <= prev:
                return False
            prev = node.val
            node = node.right
        return True
