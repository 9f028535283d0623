package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	// union-find with path halving and union by size; each successful union removes one component
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	readInt := func() int {
		c, _ := in.ReadByte()
		for c < '0' {
			c, _ = in.ReadByte()
		}
		x := 0
		for c >= '0' {
			x = x*10 + int(c-'0')
			var err error
			c, err = in.ReadByte()
			if err != nil {
				break
			}
		}
		return x
	}
	n, m := readInt(), readInt()
	parent := make([]int, n)
	size := make([]int, n)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	components := n
	for i := 0; i < m; i++ {
		a, b := readInt(), readInt()
		for parent[a] != a {
			parent[a] = parent[parent[a]]
			a = parent[a]
		}
		for parent[b] != b {
			parent[b] = parent[parent[b]]
			b = parent[b]
		}
		if a != b {
			if size[a] < size[b] {
				a, b = b, a
			}
			parent[b] = a
			size[a] += size[b]
			components--
		}
	}
	fmt.Println(components)
}
