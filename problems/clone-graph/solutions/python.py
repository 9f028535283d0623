from collections import deque


class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        # copies maps every original node reached so far to its copy; breadth-first, no recursion
        copies = {node: Node(node.val)}
        queue = deque([node])
        while queue:
            original = queue.popleft()
            copy = copies[original]
            for nb in original.neighbors:
                nb_copy = copies.get(nb)
                if nb_copy is None:
                    nb_copy = copies[nb] = Node(nb.val)
                    queue.append(nb)
                copy.neighbors.append(nb_copy)
        return copies[node]
