package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, capacity int
	fmt.Fscan(reader, &n, &capacity)
	// dp[j] = best value with total weight at most j
	dp := make([]int64, capacity+1)
	for i := 0; i < n; i++ {
		var w int
		var v int64
		fmt.Fscan(reader, &w, &v)
		// iterate j downwards so that each item is used at most once
		for j := capacity; j >= w; j-- {
			if cand := dp[j-w] + v; cand > dp[j] {
				dp[j] = cand
			}
		}
	}
	fmt.Println(dp[capacity])
}
