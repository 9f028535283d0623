# Correct but slow: for each depth d it searches the tree again from the root, right child first,
# for the first node at depth d. Every search walks all the levels above d: O(n * height),
# quadratic on a tree that is one long path.
class Solution:
    def rightSideView(self, root):
        view = []
        depth = 0
        while True:
            found = None
            stack = [(root, 0)] if root is not None else []
            while stack:
                node, d = stack.pop()
                if d == depth:
                    found = node
                    break
                if node.left is not None:
                    stack.append((node.left, d + 1))
                if node.right is not None:
                    stack.append((node.right, d + 1))
            if found is None:
                return view
            view.append(found.val)
            depth += 1
