package main

func numIslands(grid []string) int {
	// iterative flood fill with an explicit stack (no recursion)
	rows, cols := len(grid), len(grid[0])
	land := make([]bool, rows*cols)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			land[r*cols+c] = grid[r][c] == '1'
		}
	}
	stack := make([]int, 0, 1024)
	islands := 0
	for start := range land {
		if !land[start] {
			continue
		}
		islands++
		land[start] = false
		stack = append(stack[:0], start)
		for len(stack) > 0 {
			cell := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			r, c := cell/cols, cell%cols
			if r > 0 && land[cell-cols] {
				land[cell-cols] = false
				stack = append(stack, cell-cols)
			}
			if r+1 < rows && land[cell+cols] {
				land[cell+cols] = false
				stack = append(stack, cell+cols)
			}
			if c > 0 && land[cell-1] {
				land[cell-1] = false
				stack = append(stack, cell-1)
			}
			if c+1 < cols && land[cell+1] {
				land[cell+1] = false
				stack = append(stack, cell+1)
			}
		}
	}
	return islands
}
