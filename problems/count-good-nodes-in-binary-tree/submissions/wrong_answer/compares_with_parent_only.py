# Mistake: compares each node with its parent only, not with the largest value on the whole path, so
# a node that rises over a small parent but stays below an earlier ancestor is counted.
class Solution:
    def goodNodes(self, root):
        count = 1
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child is not None:
                    if child.val >= node.val:
                        count += 1
                    stack.append(child)
        return count
