package main

import (
	"bufio"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	line, _ := in.ReadString('\n')
	words := strings.Fields(line)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	out.WriteString(strings.Join(words, " "))
	out.WriteString("\n")
}
