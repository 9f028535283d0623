# Correct but slow: for every node it finds the best downward branch of each child with a fresh
# walk of the child's subtree. Each node is walked again for every ancestor: O(n * height),
# quadratic on a tree that is one long path.
class Solution:
    def maxPathSum(self, root):
        def best_down(node):
            # the largest sum of a path from node down to any node below it (0 if empty or negative)
            best, stack = 0, [(node, 0)] if node is not None else []
            while stack:
                n, above = stack.pop()
                s = above + n.val
                best = max(best, s)
                for c in (n.left, n.right):
                    if c is not None:
                        stack.append((c, s))
            return best

        answer = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            answer = max(answer, node.val + best_down(node.left) + best_down(node.right))
            for c in (node.left, node.right):
                if c is not None:
                    stack.append(c)
        return answer
