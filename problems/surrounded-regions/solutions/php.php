<?php
class Solution {
    /**
     * @param String[][] $board
     * @return NULL
     */
    function solve(&$board) {
        // Every 'O' on the edge is safe, and so is every 'O' reachable from a safe one. Mark them 'S'
        // with an explicit stack (a region can be one path through most of the board: no recursion),
        // then turn the unmarked 'O' cells into 'X' and the marked ones back into 'O'.
        $rows = count($board);
        $cols = count($board[0]);
        $stack = [];
        for ($r = 0; $r < $rows; $r++) {
            for ($c = 0; $c < $cols; $c++) {
                $edge = $r == 0 || $c == 0 || $r == $rows - 1 || $c == $cols - 1;
                if ($edge && $board[$r][$c] === 'O') {
                    $board[$r][$c] = 'S';
                    $stack[] = $r * $cols + $c;
                }
            }
        }
        while ($stack) {
            $cell = array_pop($stack);
            $r = intdiv($cell, $cols);
            $c = $cell - $r * $cols;
            if ($r > 0 && $board[$r - 1][$c] === 'O') { $board[$r - 1][$c] = 'S'; $stack[] = $cell - $cols; }
            if ($r + 1 < $rows && $board[$r + 1][$c] === 'O') { $board[$r + 1][$c] = 'S'; $stack[] = $cell + $cols; }
            if ($c > 0 && $board[$r][$c - 1] === 'O') { $board[$r][$c - 1] = 'S'; $stack[] = $cell - 1; }
            if ($c + 1 < $cols && $board[$r][$c + 1] === 'O') { $board[$r][$c + 1] = 'S'; $stack[] = $cell + 1; }
        }
        foreach ($board as &$row) {
            foreach ($row as &$ch) {
                $ch = $ch === 'S' ? 'O' : 'X';
            }
            unset($ch);
        }
        unset($row);
    }
}
