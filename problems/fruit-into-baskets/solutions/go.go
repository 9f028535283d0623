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
	// the window ends with a block of equal types: remember the last two types seen, the length of
	// the block of the last one, and the length of the window ending here
	last, second := int64(-1), int64(-1)
	lastRun, current, best := 0, 0, 0
	for i := 0; i < n; i++ {
		sc.Scan()
		x, _ := strconv.ParseInt(sc.Text(), 10, 64)
		if x == last {
			current++
			lastRun++
		} else {
			if x == second {
				current++
			} else {
				current = lastRun + 1
			}
			second = last
			last = x
			lastRun = 1
		}
		if current > best {
			best = current
		}
	}
	fmt.Println(best)
}
