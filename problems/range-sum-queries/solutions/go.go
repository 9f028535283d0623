package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	readInt := func() int64 {
		c, _ := reader.ReadByte()
		for c != '-' && (c < '0' || c > '9') {
			c, _ = reader.ReadByte()
		}
		neg := false
		if c == '-' {
			neg = true
			c, _ = reader.ReadByte()
		}
		var x int64
		for c >= '0' && c <= '9' {
			x = x*10 + int64(c-'0')
			var err error
			c, err = reader.ReadByte()
			if err != nil {
				break
			}
		}
		if neg {
			return -x
		}
		return x
	}
	n, q := int(readInt()), int(readInt())
	prefix := make([]int64, n+1) // prefix[i] = a_1 + ... + a_i
	for i := 1; i <= n; i++ {
		prefix[i] = prefix[i-1] + readInt()
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for i := 0; i < q; i++ {
		l, r := readInt(), readInt()
		w.WriteString(strconv.FormatInt(prefix[r]-prefix[l-1], 10))
		w.WriteByte('\n')
	}
}
