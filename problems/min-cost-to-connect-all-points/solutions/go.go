package main

import (
	"bufio"
	"fmt"
	"os"
)

func abs(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	x := make([]int64, n)
	y := make([]int64, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(in, &x[i], &y[i])
	}
	// Prim's algorithm on the complete graph, without a heap: best[v] is the cheapest cable from the
	// network built so far to lamp v. A cable costs up to 4 * 10^9: 64 bits.
	const inf = int64(1) << 62
	best := make([]int64, n)
	for i := range best {
		best[i] = inf
	}
	inTree := make([]bool, n)
	best[0] = 0
	var total int64
	for step := 0; step < n; step++ {
		u := -1
		for v := 0; v < n; v++ {
			if !inTree[v] && (u == -1 || best[v] < best[u]) {
				u = v
			}
		}
		inTree[u] = true
		total += best[u]
		for v := 0; v < n; v++ {
			if inTree[v] {
				continue
			}
			if d := abs(x[u]-x[v]) + abs(y[u]-y[v]); d < best[v] {
				best[v] = d
			}
		}
	}
	fmt.Println(total)
}
