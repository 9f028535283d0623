# Mistake: never checks that a group is full, so the last nodes, fewer than k, are reversed too.
class Solution:
    def reverseKGroup(self, head, k):
        dummy = ListNode(0, head)
        before = dummy
        while before.next is not None:
            first = before.next
            prev, node = None, first
            count = 0
            while node is not None and count < k:
                nxt = node.next
                node.next = prev
                prev = node
                node = nxt
                count += 1
            before.next = prev
            first.next = node
            before = first
        return dummy.next
