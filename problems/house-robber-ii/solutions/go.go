package main

import (
	"bufio"
	"os"
	"strconv"
)

// house robber on the houses lo .. hi-1 standing in a row
func bestInRow(a []int64, lo, hi int) int64 {
	var take, skip int64 // best total with / without the current house
	for i := lo; i < hi; i++ {
		t := skip + a[i]
		if take > skip {
			skip = take
		}
		take = t
	}
	if take > skip {
		return take
	}
	return skip
}

func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int64 {
		sc.Scan()
		x, _ := strconv.ParseInt(sc.Text(), 10, 64)
		return x
	}
	n := int(next())
	a := make([]int64, n)
	for i := range a {
		a[i] = next()
	}
	// the first and the last house are neighbours: leave out one of them
	var answer int64
	if n == 1 {
		answer = a[0]
	} else {
		answer = bestInRow(a, 0, n-1)
		if b := bestInRow(a, 1, n); b > answer {
			answer = b
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	out.WriteString(strconv.FormatInt(answer, 10) + "\n")
}
