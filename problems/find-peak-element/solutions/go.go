package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	sc.Scan()
	n, _ := strconv.Atoi(sc.Text())
	a := make([]int64, n)
	for i := range a {
		sc.Scan()
		a[i], _ = strconv.ParseInt(sc.Text(), 10, 64)
	}
	// a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one before
	// the end; otherwise mid or something left of it is a peak. O(log n) comparisons.
	lo, hi := 0, n-1
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < a[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	fmt.Println(lo)
}
