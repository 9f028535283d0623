class Solution:
    def hasCycle(self, head):
        # one pointer moves one node per step, the other two; they meet exactly when the list loops
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
