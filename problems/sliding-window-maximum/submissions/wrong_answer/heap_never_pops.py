# Wrong: pushes every element on a max-heap but never removes the ones that slid out of the window,
# so an old, large maximum is reported for too long.
import heapq


class Solution:
    def maxSlidingWindow(self, nums, k):
        heap = []
        out = []
        for i, x in enumerate(nums):
            heapq.heappush(heap, -x)
            if i >= k - 1:
                out.append(-heap[0])
        return out
