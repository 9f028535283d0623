# Correct but slow: at each node it counts the nodes of the left subtree with a fresh walk to decide
# whether to go left, stop or go right. Every count walks the whole left subtree again: O(n * height),
# quadratic on a tree that is one long path to the left.
class Solution:
    def kthSmallest(self, root, k):
        def size(node):
            count, stack = 0, [node] if node is not None else []
            while stack:
                n = stack.pop()
                count += 1
                if n.left is not None:
                    stack.append(n.left)
                if n.right is not None:
                    stack.append(n.right)
            return count

        node = root
        while True:
            left = size(node.left)
            if k <= left:
                node = node.left
            elif k == left + 1:
                return node.val
            else:
                k -= left + 1
                node = node.right
