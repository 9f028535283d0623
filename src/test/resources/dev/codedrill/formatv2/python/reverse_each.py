class Solution:
    def reverseEach(self, lists: List[Optional[ListNode]]) -> List[Optional[ListNode]]:
        out = []
        for head in lists:
            prev = None
            while head:
                head.next, prev, head = prev, head, head.next
            out.append(prev)
        return out
