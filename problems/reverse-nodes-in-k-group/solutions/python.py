class Solution:
    def reverseKGroup(self, head, k):
        # before: the node just in front of the current group (a dummy node for the first group)
        dummy = ListNode(0, head)
        before = dummy
        while True:
            # is there a full group of k nodes after `before`?
            probe = before
            for _ in range(k):
                probe = probe.next
                if probe is None:
                    return dummy.next
            after = probe.next           # the first node after the group
            first = before.next          # becomes the group's last node
            prev, node = after, first
            while node is not after:     # reverse the group, its end linked to `after`
                nxt = node.next
                node.next = prev
                prev = node
                node = nxt
            before.next = prev           # prev is the group's old last node, now its first
            before = first
