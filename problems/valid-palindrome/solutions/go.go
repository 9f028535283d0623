package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func isAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	line, _ := in.ReadString('\n') // an empty input gives an empty line
	line = strings.TrimRight(line, "\r\n")
	// two pointers from both ends, each skipping what is not a letter or a digit
	i, j := 0, len(line)-1
	ok := true
	for i < j {
		a, b := line[i], line[j]
		if !isAlnum(a) {
			i++
		} else if !isAlnum(b) {
			j--
		} else if lower(a) != lower(b) {
			ok = false
			break
		} else {
			i++
			j--
		}
	}
	fmt.Println(ok)
}
