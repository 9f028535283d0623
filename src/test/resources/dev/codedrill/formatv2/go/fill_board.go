package main

func fill(board [][]byte, target byte, mark byte) {
	for _, row := range board {
		for j, c := range row {
			if c == target {
				row[j] = mark
			}
		}
	}
}
