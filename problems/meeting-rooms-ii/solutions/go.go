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
	next := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n := next()
	starts := make([]int, n)
	ends := make([]int, n)
	for i := 0; i < n; i++ {
		starts[i] = next()
		ends[i] = next()
	}
	sort.Ints(starts)
	sort.Ints(ends)
	rooms, best, j := 0, 0, 0
	for i := 0; i < n; i++ {
		for ends[j] <= starts[i] {
			j++
			rooms--
		}
		rooms++
		if rooms > best {
			best = rooms
		}
	}
	fmt.Println(best)
}
