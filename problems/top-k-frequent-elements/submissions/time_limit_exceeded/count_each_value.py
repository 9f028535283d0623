# Correct but O(n * d): counts every distinct value with a fresh pass over the array.
class Solution:
    def topKFrequent(self, nums, k):
        counts = []
        for v in set(nums):
            c = 0
            for x in nums:
                if x == v:
                    c += 1
            counts.append((c, v))
        counts.sort(reverse=True)
        return [v for c, v in counts[:k]]
