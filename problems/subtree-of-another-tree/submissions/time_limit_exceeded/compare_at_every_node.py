# Correct but O(n * m): every node of root is compared with subRoot from scratch. On a long path of
# equal values each comparison walks tens of thousands of nodes before it fails.
class Solution:
    def isSubtree(self, root, subRoot):
        def same(a, b):
            stack = [(a, b)]
            while stack:
                x, y = stack.pop()
                if x is None and y is None:
                    continue
                if x is None or y is None or x.val != y.val:
                    return False
                stack.append((x.left, y.left))
                stack.append((x.right, y.right))
            return True

        stack = [root]
        while stack:
            node = stack.pop()
            if node is not None:
                if same(node, subRoot):
                    return True
                stack.append(node.left)
                stack.append(node.right)
        return False
