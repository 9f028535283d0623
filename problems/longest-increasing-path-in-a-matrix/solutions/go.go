package main

import "sort"

func longestIncreasingPath(matrix [][]int) int {
	// Cells taken from the highest value down: each strictly higher neighbour is already final.
	rows, cols := len(matrix), len(matrix[0])
	total := rows * cols
	flat := make([]int, total)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			flat[r*cols+c] = matrix[r][c]
		}
	}
	order := make([]int, total)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return flat[order[a]] > flat[order[b]] })
	best := make([]int, total)
	answer := 0
	for _, i := range order {
		v, c, b := flat[i], i%cols, 1
		if i >= cols && flat[i-cols] > v && best[i-cols]+1 > b {
			b = best[i-cols] + 1
		}
		if i+cols < total && flat[i+cols] > v && best[i+cols]+1 > b {
			b = best[i+cols] + 1
		}
		if c > 0 && flat[i-1] > v && best[i-1]+1 > b {
			b = best[i-1] + 1
		}
		if c+1 < cols && flat[i+1] > v && best[i+1]+1 > b {
			b = best[i+1] + 1
		}
		best[i] = b
		if b > answer {
			answer = b
		}
	}
	return answer
}
