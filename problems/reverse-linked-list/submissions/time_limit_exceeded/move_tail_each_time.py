# Correct but O(n^2): repeatedly walks to the last node of the remaining list and moves it to the
# end of the reversed list.
class Solution:
    def reverseList(self, head):
        dummy = ListNode(0, head)
        new_head = None
        new_tail = None
        while dummy.next is not None:
            prev = dummy
            while prev.next.next is not None:
                prev = prev.next
            last = prev.next
            prev.next = None
            if new_tail is None:
                new_head = new_tail = last
            else:
                new_tail.next = last
                new_tail = last
        return new_head
