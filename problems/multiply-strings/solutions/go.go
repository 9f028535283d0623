package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var a, b string
	fmt.Fscan(in, &a, &b)
	if a == "0" || b == "0" {
		fmt.Println("0")
		return
	}
	n, m := len(a), len(b)
	y := make([]int, m)
	for j := 0; j < m; j++ {
		y[j] = int(b[j] - '0')
	}
	// digit i of a times digit j of b lands in column i + j + 1 of the product (counted from the
	// left); add all of them first (at most 2000 * 81 per column), carry once at the end
	col := make([]int, n+m)
	for i := 0; i < n; i++ {
		dx := int(a[i] - '0')
		if dx == 0 {
			continue
		}
		for j := 0; j < m; j++ {
			col[i+j+1] += dx * y[j]
		}
	}
	carry := 0
	for k := n + m - 1; k >= 0; k-- {
		t := col[k] + carry
		col[k] = t % 10
		carry = t / 10
	}
	start := 0
	if col[0] == 0 {
		start = 1
	}
	out := make([]byte, 0, n+m+1)
	for k := start; k < n+m; k++ {
		out = append(out, byte('0'+col[k]))
	}
	out = append(out, '\n')
	os.Stdout.Write(out)
}
