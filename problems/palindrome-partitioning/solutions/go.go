package main

func partition(s string) [][]string {
	// pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next piece
	// starts where the last one ended and must be a palindrome, so every branch ends in an answer
	n := len(s)
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
	}
	for i := n - 1; i >= 0; i-- {
		for j := i; j < n; j++ {
			pal[i][j] = s[i] == s[j] && (j-i < 2 || pal[i+1][j-1])
		}
	}
	result := [][]string{}
	pieces := []string{}
	var cut func(start int)
	cut = func(start int) {
		if start == n {
			result = append(result, append([]string(nil), pieces...))
			return
		}
		for end := start; end < n; end++ {
			if pal[start][end] {
				pieces = append(pieces, s[start:end+1])
				cut(end + 1)
				pieces = pieces[:len(pieces)-1]
			}
		}
	}
	cut(0)
	return result
}
