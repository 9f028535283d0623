# Mistake: the fast pointer gets one step too few of a head start, so the (n-1)-th node from the
# end is removed.
class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        fast = dummy
        for _ in range(n - 1):
            fast = fast.next
        slow = dummy
        while fast.next is not None:
            fast = fast.next
            slow = slow.next
        if slow.next is not None:
            slow.next = slow.next.next
        return dummy.next
