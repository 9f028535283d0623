package main

func uniquePaths(m int, n int) int64 {
	// row[j] = number of routes to the cell of the current row in column j
	row := make([]int64, n)
	for j := range row {
		row[j] = 1
	}
	for i := 1; i < m; i++ {
		for j := 1; j < n; j++ {
			row[j] += row[j-1] // from above plus from the left
		}
	}
	return row[n-1]
}
