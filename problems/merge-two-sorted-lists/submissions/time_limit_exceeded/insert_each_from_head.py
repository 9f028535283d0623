# Correct but O(n * m): every node of list2 is inserted into list1 by walking from the head.
class Solution:
    def mergeTwoLists(self, list1, list2):
        dummy = ListNode(0, list1)
        while list2 is not None:
            node = list2
            list2 = list2.next
            prev = dummy
            while prev.next is not None and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
