# Also accepted: collects the nodes of all lists, sorts them by value and links them in that order
# (O(N log N) rather than O(N log k), fast enough for these limits).
class Solution:
    def mergeKLists(self, lists):
        nodes = []
        for head in lists:
            while head is not None:
                nodes.append(head)
                head = head.next
        nodes.sort(key=lambda node: node.val)
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        if not nodes:
            return None
        nodes[-1].next = None
        return nodes[0]
