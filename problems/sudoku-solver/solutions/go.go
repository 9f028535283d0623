package main

import (
	"bufio"
	"fmt"
	"math/bits"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	rows := make([]string, 9)
	for r := 0; r < 9; r++ {
		fmt.Fscan(in, &rows[r])
	}
	var grid, boxOf [81]int
	var rowM, colM, boxM [9]int
	empty := make([]int, 0, 81)
	for p := 0; p < 81; p++ {
		boxOf[p] = (p/27)*3 + (p%9)/3
		ch := rows[p/9][p%9]
		if ch == '.' {
			empty = append(empty, p)
		} else {
			grid[p] = int(ch - '0')
			bit := 1 << uint(grid[p])
			rowM[p/9] |= bit
			colM[p%9] |= bit
			boxM[boxOf[p]] |= bit
		}
	}
	const full = 0x3FE // bits 1..9
	// iterative backtracking; each step fills the empty cell with the fewest candidates
	stackCell := make([]int, 0, 81)
	stackMask := make([]int, 0, 81)
	n, filled := len(empty), 0
	for filled < n {
		bestI, bestCount, bestMask := -1, 10, 0
		for i := filled; i < n; i++ {
			p := empty[i]
			m := full &^ (rowM[p/9] | colM[p%9] | boxM[boxOf[p]])
			k := bits.OnesCount(uint(m))
			if k < bestCount {
				bestI, bestCount, bestMask = i, k, m
				if k <= 1 {
					break
				}
			}
		}
		empty[filled], empty[bestI] = empty[bestI], empty[filled]
		p, m := empty[filled], bestMask
		for {
			if m != 0 {
				bit := m & -m
				m ^= bit
				grid[p] = bits.TrailingZeros(uint(bit))
				rowM[p/9] |= bit
				colM[p%9] |= bit
				boxM[boxOf[p]] |= bit
				stackCell = append(stackCell, p)
				stackMask = append(stackMask, m)
				filled++
				break
			}
			// no candidate left: undo the previous choice and try its next candidate
			top := len(stackCell) - 1
			p, m = stackCell[top], stackMask[top]
			stackCell, stackMask = stackCell[:top], stackMask[:top]
			bit := 1 << uint(grid[p])
			grid[p] = 0
			rowM[p/9] ^= bit
			colM[p%9] ^= bit
			boxM[boxOf[p]] ^= bit
			filled--
		}
	}
	out := make([]byte, 0, 90)
	for p := 0; p < 81; p++ {
		out = append(out, byte('0'+grid[p]))
		if p%9 == 8 {
			out = append(out, '\n')
		}
	}
	os.Stdout.Write(out)
}
