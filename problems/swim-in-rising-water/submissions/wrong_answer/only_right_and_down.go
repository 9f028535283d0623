// Mistake: a dynamic programme that only moves right or down, as in a grid-path problem. The best way
// may have to turn back left or up around high plots, and this one never finds it.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	h := make([][]int, n)
	for r := range h {
		h[r] = make([]int, n)
		for c := range h[r] {
			fmt.Fscan(in, &h[r][c])
		}
	}
	best := make([][]int, n)
	for r := range best {
		best[r] = make([]int, n)
		for c := range best[r] {
			from := -1
			if r > 0 {
				from = best[r-1][c]
			}
			if c > 0 && (from == -1 || best[r][c-1] < from) {
				from = best[r][c-1]
			}
			best[r][c] = h[r][c]
			if from > best[r][c] {
				best[r][c] = from
			}
		}
	}
	fmt.Println(best[n-1][n-1])
}
