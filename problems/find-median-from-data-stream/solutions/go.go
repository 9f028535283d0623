package main

import "container/heap"

// minHeap is a min-heap of ints; the lower half stores its numbers negated to act as a max-heap.
type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Two heaps split the numbers into a lower half (a max-heap, stored negated) and an upper half (a
// min-heap); the lower half has as many numbers as the upper one, or one more. The median is the
// top of the lower half, or the mean of both tops. AddNum is O(log n), FindMedian O(1).
type MedianFinder struct {
	low, high *minHeap
}

func Constructor() MedianFinder {
	return MedianFinder{low: &minHeap{}, high: &minHeap{}}
}

func (this *MedianFinder) AddNum(num int) {
	if this.low.Len() == 0 || num <= -(*this.low)[0] {
		heap.Push(this.low, -num)
	} else {
		heap.Push(this.high, num)
	}
	if this.low.Len() > this.high.Len()+1 {
		heap.Push(this.high, -heap.Pop(this.low).(int))
	} else if this.high.Len() > this.low.Len() {
		heap.Push(this.low, -heap.Pop(this.high).(int))
	}
}

func (this *MedianFinder) FindMedian() float64 {
	if this.low.Len() > this.high.Len() {
		return float64(-(*this.low)[0])
	}
	return float64(-(*this.low)[0]+(*this.high)[0]) / 2
}
