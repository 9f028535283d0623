package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	rows := make([]string, 9)
	for r := 0; r < 9; r++ {
		fmt.Fscan(in, &rows[r])
	}
	// one bit per digit for each row, each column and each 3x3 box
	var rowSeen, colSeen, boxSeen [9]int
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			ch := rows[r][c]
			if ch == '.' {
				continue
			}
			bit := 1 << uint(ch-'0')
			b := (r/3)*3 + c/3
			if rowSeen[r]&bit != 0 || colSeen[c]&bit != 0 || boxSeen[b]&bit != 0 {
				fmt.Println("false")
				return
			}
			rowSeen[r] |= bit
			colSeen[c] |= bit
			boxSeen[b] |= bit
		}
	}
	fmt.Println("true")
}
