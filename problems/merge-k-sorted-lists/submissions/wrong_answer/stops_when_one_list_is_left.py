# Mistake: takes the smallest head from a heap while the heap holds at least two lists, then stops; the rest of the
# last list still in the heap is never attached.
import heapq


class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)
        dummy = ListNode()
        tail = dummy
        while len(heap) > 1:
            _, i, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, i, node.next))
        tail.next = None
        return dummy.next
