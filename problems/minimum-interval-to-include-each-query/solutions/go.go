package main

import (
	"container/heap"
	"sort"
)

// candidates ordered by size; each keeps its right end so that it can be dropped once passed
type candidate struct{ size, right int }
type candidateHeap []candidate

func (h candidateHeap) Len() int            { return len(h) }
func (h candidateHeap) Less(i, j int) bool  { return h[i].size < h[j].size }
func (h candidateHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *candidateHeap) Push(x interface{}) { *h = append(*h, x.(candidate)) }
func (h *candidateHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func minInterval(intervals [][]int, queries []int) []int {
	sorted := make([][]int, len(intervals))
	copy(sorted, intervals)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a][0] < sorted[b][0] })
	order := make([]int, len(queries))
	for j := range order {
		order[j] = j
	}
	sort.Slice(order, func(a, b int) bool { return queries[order[a]] < queries[order[b]] })
	answers := make([]int, len(queries))
	h := &candidateHeap{}
	i := 0
	for _, j := range order {
		q := queries[j]
		for i < len(sorted) && sorted[i][0] <= q {
			heap.Push(h, candidate{sorted[i][1] - sorted[i][0] + 1, sorted[i][1]})
			i++
		}
		for h.Len() > 0 && (*h)[0].right < q {
			heap.Pop(h)
		}
		if h.Len() > 0 {
			answers[j] = (*h)[0].size
		} else {
			answers[j] = -1
		}
	}
	return answers
}
