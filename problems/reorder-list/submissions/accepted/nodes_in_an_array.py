# Also accepted: O(n) extra memory. The nodes are put in an array and relinked from both ends.
class Solution:
    def reorderList(self, head):
        nodes = []
        node = head
        while node is not None:
            nodes.append(node)
            node = node.next
        i, j = 0, len(nodes) - 1
        while i < j:
            nodes[i].next = nodes[j]
            i += 1
            if i == j:
                break
            nodes[j].next = nodes[i]
            j -= 1
        if nodes:
            nodes[i].next = None
