# Mistake: compares the two pointers before moving them; both start at the head, so every list of two or more nodes
# is reported as having a cycle.
class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast is not None and fast.next is not None:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next.next
        return False
