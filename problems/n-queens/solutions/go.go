package main

import (
	"math/bits"
	"strings"
)

func solveNQueens(n int) [][]string {
	// backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
	// already attacked, so each row only tries the free squares. The board of a placement is
	// written out when the last row is filled.
	full := (1 << uint(n)) - 1
	boards := [][]string{}
	cols := make([]int, n)
	var place func(r, taken, down, up int)
	place = func(r, taken, down, up int) {
		if r == n {
			board := make([]string, n)
			for i, c := range cols {
				board[i] = strings.Repeat(".", c) + "Q" + strings.Repeat(".", n-1-c)
			}
			boards = append(boards, board)
			return
		}
		free := full &^ (taken | down | up)
		for free != 0 {
			bit := free & -free
			free ^= bit
			cols[r] = bits.TrailingZeros(uint(bit))
			place(r+1, taken|bit, ((down|bit)<<1)&full, (up|bit)>>1)
		}
	}
	place(0, 0, 0, 0)
	return boards
}
