package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	fmt.Fscan(bufio.NewReader(os.Stdin), &n)
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer w.Flush()
	buf := make([]byte, 2*n+1)
	buf[2*n] = '\n'
	// place one character at position pos; '(' is tried before ')' so the strings come out sorted
	var build func(pos, opened, closed int)
	build = func(pos, opened, closed int) {
		if pos == 2*n {
			w.Write(buf)
			return
		}
		if opened < n {
			buf[pos] = '('
			build(pos+1, opened+1, closed)
		}
		if closed < opened {
			buf[pos] = ')'
			build(pos+1, opened, closed+1)
		}
	}
	build(0, 0, 0)
}
