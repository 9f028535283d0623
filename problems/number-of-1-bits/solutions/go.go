package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	in.Split(bufio.ScanWords)
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	in.Scan()
	q, _ := strconv.Atoi(in.Text())
	for i := 0; i < q; i++ {
		in.Scan()
		x, _ := strconv.ParseUint(in.Text(), 10, 64) // up to 2^32 - 1
		count := 0
		for x != 0 {
			x &= x - 1 // clears the lowest 1 bit
			count++
		}
		out.WriteString(strconv.Itoa(count))
		out.WriteByte('\n')
	}
}
