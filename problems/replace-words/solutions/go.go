package main

import (
	"bufio"
	"os"
	"strconv"
)

// Put the roots in a trie (flat slices: child[node*26+letter], 0: none; node 0 is the root;
// end[node] marks the end of a root). Each word walks down the trie letter by letter: the first
// root end it meets is its shortest root; falling off the trie (or reaching the word's end) first
// means no root begins it.
func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	sc.Split(bufio.ScanWords)
	sc.Scan()
	k, _ := strconv.Atoi(sc.Text())
	roots := make([]string, k)
	letters := 1
	for i := range roots {
		sc.Scan()
		roots[i] = sc.Text()
		letters += len(roots[i])
	}
	child := make([]int32, letters*26)
	end := make([]bool, letters)
	size := int32(1)
	for _, root := range roots {
		node := int32(0)
		for j := 0; j < len(root) && !end[node]; j++ {
			slot := node*26 + int32(root[j]-'a')
			if child[slot] == 0 {
				child[slot] = size
				size++
			}
			node = child[slot]
		}
		end[node] = true
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer w.Flush()
	first := true
	for sc.Scan() {
		word := sc.Bytes()
		stop := len(word)
		node := int32(0)
		for j := 0; j < len(word); j++ {
			node = child[node*26+int32(word[j]-'a')]
			if node == 0 {
				break
			}
			if end[node] {
				stop = j + 1
				break
			}
		}
		if !first {
			w.WriteByte(' ')
		}
		w.Write(word[:stop])
		first = false
	}
	w.WriteByte('\n')
}
