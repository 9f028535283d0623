# Correct but O(k * N): the lists are merged into the result one after another, so the growing result is walked
# again for every list (10^4 lists and 10^5 nodes: hundreds of millions of steps).
class Solution:
    def mergeKLists(self, lists):
        result = None
        for head in lists:
            dummy = ListNode()
            tail = dummy
            a, b = result, head
            while a is not None and b is not None:
                if a.val <= b.val:
                    tail.next = a
                    a = a.next
                else:
                    tail.next = b
                    b = b.next
                tail = tail.next
            tail.next = a if a is not None else b
            result = dummy.next
        return result
