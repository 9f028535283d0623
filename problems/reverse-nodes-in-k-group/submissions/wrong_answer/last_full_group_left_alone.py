# Mistake: a group is reversed only when there is at least one more node after it (the look-ahead counts
# k + 1 nodes), so a full group that ends the list keeps its order: k = n, or n a multiple of k.
class Solution:
    def reverseKGroup(self, head, k):
        dummy = ListNode(0, head)
        before = dummy
        while True:
            probe = before
            for _ in range(k):
                probe = probe.next
                if probe is None:
                    return dummy.next
            if probe.next is None:      # off by one: "the group must be followed by something"
                return dummy.next
            after = probe.next
            first = before.next
            prev, node = after, first
            while node is not after:
                nxt = node.next
                node.next = prev
                prev = node
                node = nxt
            before.next = prev
            before = first
