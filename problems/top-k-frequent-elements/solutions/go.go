package main

import "container/heap"

type freqHeap [][2]int // {value, count}, min-heap on count

func (h freqHeap) Len() int            { return len(h) }
func (h freqHeap) Less(i, j int) bool  { return h[i][1] < h[j][1] }
func (h freqHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *freqHeap) Push(x interface{}) { *h = append(*h, x.([2]int)) }
func (h *freqHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topKFrequent(nums []int, k int) []int {
	counts := map[int]int{}
	for _, x := range nums {
		counts[x]++
	}
	h := &freqHeap{}
	for value, count := range counts {
		heap.Push(h, [2]int{value, count})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	result := make([]int, 0, k)
	for h.Len() > 0 {
		result = append(result, heap.Pop(h).([2]int)[0])
	}
	return result
}
