# Correct but slow: turns each list into one big integer (digit * 10^i), adds them
# and peels the digits off again with % 10 and // 10. Each step touches the whole
# number, so 100000 digits cost O(n^2) work.
class Solution:
    def addTwoNumbers(self, l1, l2):
        def value(node):
            num, place = 0, 1
            while node is not None:
                num += node.val * place
                place *= 10
                node = node.next
            return num

        total = value(l1) + value(l2)
        dummy = ListNode()
        tail = dummy
        while True:
            tail.next = ListNode(total % 10)
            tail = tail.next
            total //= 10
            if total == 0:
                break
        return dummy.next
