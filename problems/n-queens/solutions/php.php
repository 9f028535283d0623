<?php
class Solution {
    private $n;
    private $full;
    private $cols;
    private $boards;

    /**
     * @param Integer $n
     * @return String[][]
     */
    function solveNQueens($n) {
        // backtracking row by row; three bit masks hold the columns and the two kinds of diagonals
        // already attacked, so each row only tries the free squares. The board of a placement is
        // written out when the last row is filled.
        $this->n = $n;
        $this->full = (1 << $n) - 1;
        $this->cols = array_fill(0, $n, 0);
        $this->boards = [];
        $this->place(0, 0, 0, 0);
        return $this->boards;
    }

    private function place($r, $taken, $down, $up) {
        $n = $this->n;
        if ($r == $n) {
            $board = [];
            foreach ($this->cols as $c) {
                $board[] = str_repeat('.', $c) . 'Q' . str_repeat('.', $n - 1 - $c);
            }
            $this->boards[] = $board;
            return;
        }
        $free = $this->full & ~($taken | $down | $up);
        while ($free) {
            $bit = $free & -$free;
            $free ^= $bit;
            $c = 0;
            while ((1 << $c) != $bit) {
                $c++;
            }
            $this->cols[$r] = $c;
            $this->place($r + 1, $taken | $bit, (($down | $bit) << 1) & $this->full, ($up | $bit) >> 1);
        }
    }
}
