import heapq


class Solution:
    def mergeKLists(self, lists):
        # a min-heap of (value, list number, node) holding the first unused node of every list;
        # the list number breaks ties, so nodes themselves are never compared
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)
        dummy = ListNode()
        tail = dummy
        while heap:
            _, i, node = heap[0]
            tail.next = node
            tail = node
            if node.next is not None:
                heapq.heapreplace(heap, (node.next.val, i, node.next))
            else:
                heapq.heappop(heap)
        tail.next = None
        return dummy.next
