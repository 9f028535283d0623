# Wrong: adds digit by digit while both lists have nodes, then glues on the rest
# of the longer list, adding the pending carry to its first digit only: that digit
# can become 10 and the carry never ripples on (9999 + 1 gives [0, 10, 9, 9]).
class Solution:
    def addTwoNumbers(self, l1, l2):
        dummy = ListNode()
        tail = dummy
        carry = 0
        while l1 is not None and l2 is not None:
            carry, digit = divmod(l1.val + l2.val + carry, 10)
            tail.next = ListNode(digit)
            tail = tail.next
            l1, l2 = l1.next, l2.next
        rest = l1 if l1 is not None else l2
        if rest is not None:
            rest.val += carry
            tail.next = rest
        elif carry:
            tail.next = ListNode(carry)
        return dummy.next
