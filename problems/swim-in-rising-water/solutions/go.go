package main

import (
	"bufio"
	"os"
	"strconv"
)

var parent []int32

func find(x int32) int32 {
	for parent[x] != x {
		parent[x] = parent[parent[x]]
		x = parent[x]
	}
	return x
}

func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n := next()
	cells := n * n
	// the water rises plot by plot: at[v] is the plot of height v
	at := make([]int32, cells)
	for i := 0; i < cells; i++ {
		at[next()] = int32(i)
	}
	parent = make([]int32, cells)
	for i := range parent {
		parent[i] = -1 // not under water yet
	}
	last := int32(cells - 1)
	answer := 0
	for v := 0; v < cells; v++ {
		cell := at[v]
		parent[cell] = cell
		r, c := int(cell)/n, int(cell)%n
		near := [4]int32{-1, -1, -1, -1}
		if r > 0 {
			near[0] = cell - int32(n)
		}
		if r < n-1 {
			near[1] = cell + int32(n)
		}
		if c > 0 {
			near[2] = cell - 1
		}
		if c < n-1 {
			near[3] = cell + 1
		}
		for _, m := range near {
			if m >= 0 && parent[m] != -1 {
				a, b := find(cell), find(m)
				if a != b {
					parent[a] = b
				}
			}
		}
		// both corners under water and in one group: the swimmer can cross
		if parent[0] != -1 && parent[last] != -1 && find(0) == find(last) {
			answer = v
			break
		}
	}
	os.Stdout.WriteString(strconv.Itoa(answer) + "\n")
}
