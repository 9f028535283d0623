package main

func setZeroes(matrix [][]int) {
	// First mark the rows and columns holding a 0, then clear them: clearing at once would let the
	// new zeros spread too.
	m, n := len(matrix), len(matrix[0])
	zeroRow := make([]bool, m)
	zeroCol := make([]bool, n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if matrix[i][j] == 0 {
				zeroRow[i] = true
				zeroCol[j] = true
			}
		}
	}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if zeroRow[i] || zeroCol[j] {
				matrix[i][j] = 0
			}
		}
	}
}
