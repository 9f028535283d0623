# Mistake: the first half gets floor(n/2) nodes and the merge stops as soon as the first half runs out,
# so on an odd number of nodes the middle node (the last of the reversed second half) is lost.
class Solution:
    def reorderList(self, head):
        n = 0
        node = head
        while node is not None:
            n += 1
            node = node.next
        if n < 2:
            return
        node = head
        for _ in range(n // 2 - 1):
            node = node.next
        second = node.next
        node.next = None
        prev = None
        while second is not None:
            nxt = second.next
            second.next = prev
            prev = second
            second = nxt
        first, second = head, prev
        while first is not None and second is not None:
            n1, n2 = first.next, second.next
            first.next = second
            second.next = n1
            first, second = n1, n2
