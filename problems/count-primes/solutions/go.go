package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	count := 0
	if n >= 2 {
		composite := make([]bool, n+1)
		for i := 2; i <= n; i++ {
			if composite[i] {
				continue
			}
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println(count)
}
