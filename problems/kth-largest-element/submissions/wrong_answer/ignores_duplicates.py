# Wrong: removes duplicates first, so equal values count only once (and when k is
# larger than the number of distinct values it falls back to the smallest one).
class Solution:
    def findKthLargest(self, nums, k):
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]
