# Accepted, O(n log n): a max-heap of (value, index) pairs; tops that have slid out of the window are
# discarded only when they reach the top.
import heapq


class Solution:
    def maxSlidingWindow(self, nums, k):
        heap = []
        out = []
        for i, x in enumerate(nums):
            heapq.heappush(heap, (-x, i))
            if i >= k - 1:
                while heap[0][1] <= i - k:
                    heapq.heappop(heap)
                out.append(-heap[0][0])
        return out
