# Correct but O(n * height): for every node, walks up through the parent links to the root to check that
# no ancestor is larger (a path of 100000 nodes: billions of steps).
class Solution:
    def goodNodes(self, root):
        parent = {root: None}
        order = [root]
        for node in order:              # breadth first; order grows while it is read
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    order.append(child)
        count = 0
        for node in order:
            up = parent[node]
            while up is not None and up.val <= node.val:
                up = parent[up]
            if up is None:
                count += 1
        return count
