# Correct but O(n * m): the copies made so far are kept in a plain list and searched from the start for every
# neighbour (10^4 nodes and 10^5 neighbour entries: hundreds of millions of comparisons).
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        copies = [Node(node.val)]
        queue = [node]
        head = 0
        while head < len(queue):
            original = queue[head]
            head += 1
            copy = None
            for c in copies:
                if c.val == original.val:
                    copy = c
                    break
            for nb in original.neighbors:
                nb_copy = None
                for c in copies:
                    if c.val == nb.val:
                        nb_copy = c
                        break
                if nb_copy is None:
                    nb_copy = Node(nb.val)
                    copies.append(nb_copy)
                    queue.append(nb)
                copy.neighbors.append(nb_copy)
        return copies[0]
