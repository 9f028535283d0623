package main

func orangesRotting(grid [][]int) int {
	// breadth-first search from all rotten oranges at once, one level per minute
	rows, cols := len(grid), len(grid[0])
	total := rows * cols
	cells := make([]int, total)
	queue := make([]int, 0, total)
	fresh := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			v := grid[r][c]
			cells[r*cols+c] = v
			if v == 1 {
				fresh++
			} else if v == 2 {
				queue = append(queue, r*cols+c)
			}
		}
	}
	head, minutes := 0, 0
	for head < len(queue) && fresh > 0 {
		end := len(queue)
		for ; head < end; head++ {
			cell := queue[head]
			c := cell % cols
			if cell >= cols && cells[cell-cols] == 1 {
				cells[cell-cols] = 2
				queue = append(queue, cell-cols)
			}
			if cell+cols < total && cells[cell+cols] == 1 {
				cells[cell+cols] = 2
				queue = append(queue, cell+cols)
			}
			if c > 0 && cells[cell-1] == 1 {
				cells[cell-1] = 2
				queue = append(queue, cell-1)
			}
			if c+1 < cols && cells[cell+1] == 1 {
				cells[cell+1] = 2
				queue = append(queue, cell+1)
			}
		}
		fresh -= len(queue) - end
		minutes++
	}
	if fresh > 0 {
		return -1
	}
	return minutes
}
