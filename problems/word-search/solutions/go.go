package main

func exist(board [][]byte, word string) bool {
	// backtracking from every cell: follow the word letter by letter through side neighbours,
	// marking the cells of the current path so that none is used twice
	rows, cols := len(board), len(board[0])
	// pruning: the board must hold every letter of the word as many times as the word uses it
	var have, need [256]int
	for _, row := range board {
		for _, ch := range row {
			have[ch]++
		}
	}
	for i := 0; i < len(word); i++ {
		need[word[i]]++
	}
	for ch := 0; ch < 256; ch++ {
		if need[ch] > have[ch] {
			return false
		}
	}
	w := []byte(word)
	n := len(w)
	// start from the end of the word whose letter is rarer on the board: fewer starts
	if have[w[0]] > have[w[n-1]] {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			w[i], w[j] = w[j], w[i]
		}
	}
	grid := make([][]byte, rows)
	for r := range board {
		grid[r] = append([]byte(nil), board[r]...)
	}
	var follow func(r, c, i int) bool
	follow = func(r, c, i int) bool {
		if grid[r][c] != w[i] {
			return false
		}
		if i == n-1 {
			return true
		}
		grid[r][c] = '#'
		found := (r > 0 && follow(r-1, c, i+1)) ||
			(r+1 < rows && follow(r+1, c, i+1)) ||
			(c > 0 && follow(r, c-1, i+1)) ||
			(c+1 < cols && follow(r, c+1, i+1))
		grid[r][c] = w[i]
		return found
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if follow(r, c, 0) {
				return true
			}
		}
	}
	return false
}
