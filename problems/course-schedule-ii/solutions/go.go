package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<20)
	readInt := func() int {
		n, c := 0, byte(0)
		for {
			c, _ = reader.ReadByte()
			if c >= '0' && c <= '9' {
				break
			}
		}
		for c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			var err error
			c, err = reader.ReadByte()
			if err != nil {
				break
			}
		}
		return n
	}
	n, m := readInt(), readInt()
	ea, eb := make([]int32, m), make([]int32, m)
	start := make([]int32, n+1) // the courses that need b are next[start[b] .. start[b+1])
	missing := make([]int32, n) // prerequisites of a course not taken yet
	for i := 0; i < m; i++ {
		ea[i], eb[i] = int32(readInt()), int32(readInt())
		start[eb[i]+1]++
		missing[ea[i]]++
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	fill := make([]int32, n)
	copy(fill, start[:n])
	next := make([]int32, m)
	for i := 0; i < m; i++ {
		next[fill[eb[i]]] = ea[i]
		fill[eb[i]]++
	}

	// take courses whose prerequisites are all taken; taking one may free others
	order := make([]int32, 0, n)
	for c := 0; c < n; c++ {
		if missing[c] == 0 {
			order = append(order, int32(c))
		}
	}
	for head := 0; head < len(order); head++ {
		c := order[head]
		for k := start[c]; k < start[c+1]; k++ {
			v := next[k]
			missing[v]--
			if missing[v] == 0 {
				order = append(order, v)
			}
		}
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	if len(order) < n {
		w.WriteString("IMPOSSIBLE\n")
		return
	}
	for i, c := range order {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(strconv.Itoa(int(c)))
	}
	w.WriteByte('\n')
}
