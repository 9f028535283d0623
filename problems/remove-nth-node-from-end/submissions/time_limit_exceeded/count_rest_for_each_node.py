# Correct but O(sz^2): for every node, counts the nodes after it to find the one that is n-th
# from the end.
class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        prev = dummy
        while prev.next is not None:
            count = 0
            node = prev.next
            while node is not None:
                count += 1
                node = node.next
            if count == n:
                prev.next = prev.next.next
                break
            prev = prev.next
        return dummy.next
