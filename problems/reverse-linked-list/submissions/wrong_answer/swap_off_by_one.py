# Mistake: reverses the values by swapping pairs, but the mirror index is off by one.
class Solution:
    def reverseList(self, head):
        vals = []
        node = head
        while node is not None:
            vals.append(node.val)
            node = node.next
        n = len(vals)
        for i in range(n // 2):
            j = n - i - 2 if n - i - 2 >= 0 else n - 1
            vals[i], vals[j] = vals[j], vals[i]
        dummy = ListNode()
        tail = dummy
        for v in vals:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
