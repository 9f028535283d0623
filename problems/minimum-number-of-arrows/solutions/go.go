package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int64 {
		sc.Scan()
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		return v
	}
	n := int(next())
	start := make([]int64, n)
	end := make([]int64, n)
	for i := 0; i < n; i++ {
		start[i] = next()
		end[i] = next()
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return end[order[a]] < end[order[b]] })
	// by increasing end: shoot at the end of the first balloon not yet burst; that arrow bursts
	// every balloon that starts at or before it
	arrows := 0
	var last int64
	for _, i := range order {
		if arrows == 0 || start[i] > last {
			arrows++
			last = end[i]
		}
	}
	fmt.Println(arrows)
}
