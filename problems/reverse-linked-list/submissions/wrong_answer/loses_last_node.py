# Mistake: the loop stops at the last node (while head.next) and never links it in.
class Solution:
    def reverseList(self, head):
        prev = None
        while head is not None and head.next is not None:
            nxt = head.next
            head.next = prev
            prev = head
            head = nxt
        return prev
