package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	readInt := func() int64 {
		c, _ := in.ReadByte()
		for c < '0' || c > '9' {
			c, _ = in.ReadByte()
		}
		var x int64
		for c >= '0' && c <= '9' {
			x = x*10 + int64(c-'0')
			c, _ = in.ReadByte()
		}
		return x
	}
	n := int(readInt())
	h := make([]int64, n+1)
	for i := 0; i < n; i++ {
		h[i] = readInt()
	}
	h[n] = 0 // a final bar of height 0 empties the stack
	// stack of indices with increasing heights
	stack := make([]int, 0, n+1)
	var best int64
	for i := 0; i <= n; i++ {
		for len(stack) > 0 && h[stack[len(stack)-1]] >= h[i] {
			height := h[stack[len(stack)-1]]
			stack = stack[:len(stack)-1]
			left := -1
			if len(stack) > 0 {
				left = stack[len(stack)-1]
			}
			if area := height * int64(i-left-1); area > best {
				best = area
			}
		}
		stack = append(stack, i)
	}
	fmt.Println(best)
}
