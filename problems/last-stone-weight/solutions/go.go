package main

import (
	"container/heap"
	"sort"
)

// maxHeap is a max-heap of ints (sort.IntSlice with the order reversed).
type maxHeap struct{ sort.IntSlice }

func (h maxHeap) Less(i, j int) bool  { return h.IntSlice[i] > h.IntSlice[j] }
func (h *maxHeap) Push(x interface{}) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *maxHeap) Pop() interface{} {
	old := h.IntSlice
	x := old[len(old)-1]
	h.IntSlice = old[:len(old)-1]
	return x
}

func lastStoneWeight(stones []int) int {
	// take the two heaviest, put back what is left of the heavier one, until at most one remains
	h := &maxHeap{append([]int(nil), stones...)}
	heap.Init(h)
	for h.Len() > 1 {
		y := heap.Pop(h).(int)
		x := heap.Pop(h).(int)
		if y != x {
			heap.Push(h, y-x)
		}
	}
	if h.Len() == 0 {
		return 0
	}
	return h.IntSlice[0]
}
