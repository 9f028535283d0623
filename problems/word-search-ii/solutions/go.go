package main

import "sort"

func findWords(board [][]byte, words []string) []string {
	// Put the words in a prefix tree (trie), then walk every path of the board from every cell
	// while the letters read so far are the prefix of some word. A word found is taken out of the
	// trie (so it is reported once), and a node left without words is cut off its parent.
	// The trie is kept in flat slices: next[node*26+letter] is a child (0: none; node 0 is the
	// root), word[node] the index of the word ending there (-1: none), count[node] the number of
	// words still to find at or below the node.
	letters := 1
	for _, w := range words {
		letters += len(w)
	}
	next := make([]int32, letters*26)
	word := make([]int32, letters)
	count := make([]int32, letters)
	for i := range word {
		word[i] = -1
	}
	size := int32(1)
	for i, w := range words {
		node := int32(0)
		count[0]++
		for j := 0; j < len(w); j++ {
			slot := node*26 + int32(w[j]-'a')
			if next[slot] == 0 {
				next[slot] = size
				size++
			}
			node = next[slot]
			count[node]++
		}
		word[node] = int32(i)
	}
	rows, cols := len(board), len(board[0])
	found := []string{}
	dr := [4]int{-1, 1, 0, 0}
	dc := [4]int{0, 0, -1, 1}

	// node: the trie node of the letters read up to and including cell (r, c); returns the number
	// of words found at or below it
	var dfs func(r, c int, node int32) int32
	dfs = func(r, c int, node int32) int32 {
		got := int32(0)
		if word[node] >= 0 {
			found = append(found, words[word[node]])
			word[node] = -1
			got = 1
		}
		letter := board[r][c]
		board[r][c] = '#'
		for d := 0; d < 4 && count[node] > got; d++ {
			nr, nc := r+dr[d], c+dc[d]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols || board[nr][nc] == '#' {
				continue
			}
			slot := node*26 + int32(board[nr][nc]-'a')
			child := next[slot]
			if child == 0 {
				continue
			}
			got += dfs(nr, nc, child)
			if count[child] == 0 {
				next[slot] = 0
			}
		}
		board[r][c] = letter
		count[node] -= got
		return got
	}

	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			slot := int32(board[r][c] - 'a')
			child := next[slot]
			if child == 0 {
				continue
			}
			count[0] -= dfs(r, c, child)
			if count[child] == 0 {
				next[slot] = 0
			}
		}
	}
	sort.Strings(found)
	return found
}
