package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	next := func() int64 {
		sc.Scan()
		v, _ := strconv.ParseInt(sc.Text(), 10, 64)
		return v
	}
	n, k := int(next()), int(next())
	type point struct{ d, x, y int64 }
	p := make([]point, n)
	for i := range p {
		x, y := next(), next()
		p[i] = point{x*x + y*y, x, y} // up to 2 * 10^18: fits in int64
	}
	sort.Slice(p, func(a, b int) bool {
		if p[a].d != p[b].d {
			return p[a].d < p[b].d
		}
		if p[a].x != p[b].x {
			return p[a].x < p[b].x
		}
		return p[a].y < p[b].y
	})
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	for i := 0; i < k; i++ {
		out.WriteString(strconv.FormatInt(p[i].x, 10))
		out.WriteByte(' ')
		out.WriteString(strconv.FormatInt(p[i].y, 10))
		out.WriteByte('\n')
	}
}
