package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
)

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func main() {
	data, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	counts := make(map[string]int)
	n := len(data)
	for i := 0; i < n; {
		for i < n && !isLetter(data[i]) {
			i++
		}
		start := i
		for i < n && isLetter(data[i]) {
			data[i] |= 0x20 // ASCII letter to lowercase
			i++
		}
		if i > start {
			counts[string(data[start:i])]++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(a, b int) bool {
		if counts[words[a]] != counts[words[b]] {
			return counts[words[a]] > counts[words[b]]
		}
		return words[a] < words[b]
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for k := 0; k < len(words) && k < 3; k++ {
		fmt.Fprintf(out, "%s %d\n", words[k], counts[words[k]])
	}
}
