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
	present := make(map[int]bool, n)
	for i := 0; i < n; i++ {
		sc.Scan()
		x, _ := strconv.Atoi(sc.Text())
		present[x] = true
	}
	// count up only from the first number of each run (x - 1 missing): every number is visited at
	// most twice, O(n) in all
	best := 0
	for x := range present {
		if !present[x-1] {
			y := x + 1
			for present[y] {
				y++
			}
			if y-x > best {
				best = y - x
			}
		}
	}
	fmt.Println(best)
}
