# Mistake: builds the reordered list from new nodes and rebinds the local name head, which the caller
# never sees: the given nodes are left as they were.
class Solution:
    def reorderList(self, head):
        vals = []
        node = head
        while node is not None:
            vals.append(node.val)
            node = node.next
        order = []
        i, j = 0, len(vals) - 1
        while i <= j:
            order.append(vals[i])
            if i != j:
                order.append(vals[j])
            i += 1
            j -= 1
        dummy = ListNode()
        tail = dummy
        for v in order:
            tail.next = ListNode(v)
            tail = tail.next
        head = dummy.next
