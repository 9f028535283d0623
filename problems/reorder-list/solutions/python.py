class Solution:
    def reorderList(self, head):
        # find the middle with a slow and a fast pointer, reverse the second half,
        # then merge the two halves one node at a time (O(n) time, O(1) memory)
        if head is None or head.next is None:
            return
        slow, fast = head, head
        while fast.next is not None and fast.next.next is not None:
            slow = slow.next
            fast = fast.next.next
        second = slow.next
        slow.next = None          # the first half ends at the middle
        prev = None
        while second is not None:
            nxt = second.next
            second.next = prev
            prev = second
            second = nxt
        first, second = head, prev
        while second is not None:  # the second half is never longer than the first
            n1, n2 = first.next, second.next
            first.next = second
            second.next = n1
            first, second = n1, n2
