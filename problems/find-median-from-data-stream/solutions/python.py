import heapq


class MedianFinder:
    # Two heaps split the numbers into a lower half (a max-heap, stored negated) and an upper half
    # (a min-heap); the lower half has as many numbers as the upper one, or one more. The median is
    # the top of the lower half, or the mean of both tops. addNum is O(log n), findMedian O(1).
    def __init__(self):
        self.low = []   # negated
        self.high = []

    def addNum(self, num: int) -> None:
        # through the lower half into the upper one, then back if the lower half became the smaller
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
