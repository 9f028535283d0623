# Correct but slow: records each node's parent, then for every node counts its
# ancestors by walking up to the root. O(n * height).
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        parent = {root: None}
        order = [root]
        for node in order:
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    order.append(child)
        best = 0
        for node in order:
            d = 0
            while node is not None:
                d += 1
                node = parent[node]
            best = max(best, d)
        return best
