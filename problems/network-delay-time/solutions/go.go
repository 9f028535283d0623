package main

import "container/heap"

// a min-heap of keys time*(n+1)+node
type keyHeap []int64

func (h keyHeap) Len() int            { return len(h) }
func (h keyHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h keyHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *keyHeap) Push(x interface{}) { *h = append(*h, x.(int64)) }
func (h *keyHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func networkDelayTime(times [][]int, n int, k int) int {
	// Dijkstra from k with a binary heap; an entry is pushed only when it improves the node's best
	// time, and stale entries are skipped when popped.
	type link struct{ to, cost int }
	adj := make([][]link, n+1)
	for _, t := range times {
		adj[t[0]] = append(adj[t[0]], link{t[1], t[2]})
	}
	base := int64(n + 1)
	best := make([]int64, n+1)
	for i := range best {
		best[i] = -1
	}
	done := make([]bool, n+1)
	h := &keyHeap{int64(k)}
	best[k] = 0
	reached := 0
	var last int64
	for h.Len() > 0 {
		key := heap.Pop(h).(int64)
		u := int(key % base)
		d := key / base
		if done[u] {
			continue
		}
		done[u] = true
		reached++
		last = d
		for _, l := range adj[u] {
			nd := d + int64(l.cost)
			if best[l.to] < 0 || nd < best[l.to] {
				best[l.to] = nd
				heap.Push(h, nd*base+int64(l.to))
			}
		}
	}
	if reached < n {
		return -1
	}
	return int(last)
}
