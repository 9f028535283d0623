# Correct but O(n^2): for every front node the tail is found again by walking the rest of the list,
# then unlinked and spliced in after the front node (100000 nodes: billions of steps).
class Solution:
    def reorderList(self, head):
        node = head
        while node is not None and node.next is not None and node.next.next is not None:
            before_tail = node
            while before_tail.next.next is not None:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = node.next
            node.next = tail
            node = tail.next
