package main

func solve(board [][]byte) {
	// Every 'O' on the edge is safe, and so is every 'O' reachable from a safe one. Mark them 'S'
	// with an explicit stack (a region can be one path through most of the board: no recursion),
	// then turn the unmarked 'O' cells into 'X' and the marked ones back into 'O'.
	rows, cols := len(board), len(board[0])
	stack := make([]int, 0, 1024)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			edge := r == 0 || c == 0 || r == rows-1 || c == cols-1
			if edge && board[r][c] == 'O' {
				board[r][c] = 'S'
				stack = append(stack, r*cols+c)
			}
		}
	}
	for len(stack) > 0 {
		cell := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		r, c := cell/cols, cell%cols
		if r > 0 && board[r-1][c] == 'O' {
			board[r-1][c] = 'S'
			stack = append(stack, cell-cols)
		}
		if r+1 < rows && board[r+1][c] == 'O' {
			board[r+1][c] = 'S'
			stack = append(stack, cell+cols)
		}
		if c > 0 && board[r][c-1] == 'O' {
			board[r][c-1] = 'S'
			stack = append(stack, cell-1)
		}
		if c+1 < cols && board[r][c+1] == 'O' {
			board[r][c+1] = 'S'
			stack = append(stack, cell+1)
		}
	}
	for _, row := range board {
		for c := range row {
			if row[c] == 'S' {
				row[c] = 'O'
			} else {
				row[c] = 'X'
			}
		}
	}
}
