class Solution:
    def kthSmallest(self, root, k):
        # in-order walk with an explicit stack: it meets the values in increasing order, so the
        # k-th node popped holds the answer (no recursion, so a long path is safe)
        stack = []
        node = root
        while True:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
