# Mistake: remembers which nodes were visited but not their copies, so a neighbour reached a second time gets a
# fresh node of its own: the copy has duplicate nodes, and those duplicates have no neighbours.
from collections import deque


class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        root = Node(node.val)
        queue = deque([(node, root)])
        seen = {node}
        while queue:
            original, copy = queue.popleft()
            for nb in original.neighbors:
                nb_copy = Node(nb.val)
                copy.neighbors.append(nb_copy)
                if nb not in seen:
                    seen.add(nb)
                    queue.append((nb, nb_copy))
        return root
