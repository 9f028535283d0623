# Mistake: sorts by count ascending (forgot reverse=True), so it returns the k least frequent.
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        return sorted(counts, key=lambda v: counts[v])[:k]
