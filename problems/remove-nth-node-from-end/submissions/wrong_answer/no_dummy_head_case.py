# Mistake: walks to the node before the one to remove without a dummy node; when the head itself
# must go (n == length), range(-1) is empty and the second node is removed instead.
class Solution:
    def removeNthFromEnd(self, head, n):
        length = 0
        node = head
        while node is not None:
            length += 1
            node = node.next
        if length == 1:
            return None
        prev = head
        for _ in range(length - n - 1):
            prev = prev.next
        prev.next = prev.next.next
        return head
