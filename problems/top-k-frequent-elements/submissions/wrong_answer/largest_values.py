# Mistake: sorts the (value, count) pairs, i.e. by value first, so it returns the k largest values.
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        pairs = sorted(counts.items(), reverse=True)
        return [v for v, c in pairs[:k]]
