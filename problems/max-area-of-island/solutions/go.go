package main

func maxAreaOfIsland(grid [][]int) int {
	// iterative flood fill with an explicit stack (an island can be a path of 500000 cells)
	rows, cols := len(grid), len(grid[0])
	total := rows * cols
	land := make([]bool, total)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			land[r*cols+c] = grid[r][c] == 1
		}
	}
	stack := make([]int, 0, 1024)
	best := 0
	for start := 0; start < total; start++ {
		if !land[start] {
			continue
		}
		land[start] = false
		stack = append(stack[:0], start)
		size := 0
		for len(stack) > 0 {
			cell := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size++
			c := cell % cols
			if cell >= cols && land[cell-cols] {
				land[cell-cols] = false
				stack = append(stack, cell-cols)
			}
			if cell+cols < total && land[cell+cols] {
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
		if size > best {
			best = size
		}
	}
	return best
}
