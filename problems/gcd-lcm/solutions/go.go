package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int64 {
		sc.Scan()
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		return v
	}
	t := int(next())
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for i := 0; i < t; i++ {
		a, b := next(), next()
		x, y := a, b
		for y != 0 { // Euclid's algorithm
			x, y = y, x%y
		}
		w.WriteString(strconv.FormatInt(x, 10))
		w.WriteByte(' ')
		w.WriteString(strconv.FormatInt(a/x*b, 10))
		w.WriteByte('\n')
	}
}
