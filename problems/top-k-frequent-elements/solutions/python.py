import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        # keep a min-heap of the k best (count, value) pairs
        return [value for _, value in heapq.nlargest(k, ((c, v) for v, c in counts.items()))]
