# Correct but O(n * height): ignores the search-tree order. For every node it searches the node's whole
# subtree for p and q, and keeps the deepest node that has both (a path of 100000 nodes: billions of steps).
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def holds_both(top):
            found_p = found_q = False
            stack = [top]
            while stack:
                node = stack.pop()
                if node is None:
                    continue
                found_p = found_p or node.val == p
                found_q = found_q or node.val == q
                stack.append(node.left)
                stack.append(node.right)
            return found_p and found_q

        best, best_depth = root.val, 0
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            if node is None:
                continue
            if depth >= best_depth and holds_both(node):
                best, best_depth = node.val, depth
            stack.append((node.left, depth + 1))
            stack.append((node.right, depth + 1))
        return best
