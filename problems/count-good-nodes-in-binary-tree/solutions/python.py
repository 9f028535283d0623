class Solution:
    def goodNodes(self, root):
        # depth-first walk with an explicit stack of (node, largest value above it): a node is good when
        # its value is at least that largest value. O(n) time, no recursion (the tree may be a long path).
        count = 0
        stack = [(root, root.val)]
        while stack:
            node, best = stack.pop()
            if node.val >= best:
                count += 1
                best = node.val
            if node.left is not None:
                stack.append((node.left, best))
            if node.right is not None:
                stack.append((node.right, best))
        return count
