package main

import (
	"bufio"
	"os"
	"strings"
)

// The letters of each key, in alphabetical order. Extending the combinations digit by digit, each
// combination followed by its letters in order, keeps the list in lexicographic order.
var keys = []string{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"}

func main() {
	in := bufio.NewReader(os.Stdin)
	line, _ := in.ReadString('\n')
	digits := strings.TrimSpace(line)
	if digits == "" {
		return
	}
	combos := []string{""}
	for _, d := range digits {
		next := make([]string, 0, len(combos)*4)
		for _, c := range combos {
			for _, letter := range keys[d-'0'] {
				next = append(next, c+string(letter))
			}
		}
		combos = next
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, c := range combos {
		out.WriteString(c)
		out.WriteByte('\n')
	}
}
