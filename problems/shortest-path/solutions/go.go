package main

import (
	"bufio"
	"container/heap"
	"os"
	"strconv"
)

type item struct {
	d int64
	u int
}
type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].d < h[j].d }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type edge struct {
	v int
	w int64
}

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	readInt := func() int {
		n, c := 0, byte(0)
		for {
			c, _ = reader.ReadByte()
			if c >= '0' && c <= '9' {
				break
			}
		}
		for c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			var err error
			c, err = reader.ReadByte()
			if err != nil {
				break
			}
		}
		return n
	}
	n, m, s := readInt(), readInt(), readInt()
	adj := make([][]edge, n+1)
	for i := 0; i < m; i++ {
		u, v, w := readInt(), readInt(), readInt()
		adj[u] = append(adj[u], edge{v, int64(w)})
	}
	// Dijkstra with a binary heap and lazy deletion
	const inf = int64(1) << 62
	dist := make([]int64, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[s] = 0
	h := &minHeap{{0, s}}
	for h.Len() > 0 {
		top := heap.Pop(h).(item)
		if top.d > dist[top.u] {
			continue
		}
		for _, e := range adj[top.u] {
			if nd := top.d + e.w; nd < dist[e.v] {
				dist[e.v] = nd
				heap.Push(h, item{nd, e.v})
			}
		}
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for i := 1; i <= n; i++ {
		if i > 1 {
			w.WriteByte(' ')
		}
		if dist[i] == inf {
			w.WriteString("-1")
		} else {
			w.WriteString(strconv.FormatInt(dist[i], 10))
		}
	}
	w.WriteByte('\n')
}
