<?php
class Solution {
    private $grid;
    private $w;
    private $rows;
    private $cols;

    /**
     * @param String[][] $board
     * @param String $word
     * @return Boolean
     */
    function exist($board, $word) {
        // backtracking from every cell: follow the word letter by letter through side neighbours,
        // marking the cells of the current path so that none is used twice
        $this->rows = count($board);
        $this->cols = count($board[0]);
        // pruning: the board must hold every letter of the word as many times as the word uses it
        $have = [];
        foreach ($board as $row) {
            foreach ($row as $ch) {
                $have[$ch] = ($have[$ch] ?? 0) + 1;
            }
        }
        foreach (count_chars($word, 1) as $code => $k) {
            if (($have[chr($code)] ?? 0) < $k) {
                return false;
            }
        }
        // start from the end of the word whose letter is rarer on the board: fewer starts
        if ($have[$word[0]] > $have[$word[strlen($word) - 1]]) {
            $word = strrev($word);
        }
        $this->w = $word;
        $this->grid = $board;
        for ($r = 0; $r < $this->rows; $r++) {
            for ($c = 0; $c < $this->cols; $c++) {
                if ($this->follow($r, $c, 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private function follow($r, $c, $i) {
        if ($this->grid[$r][$c] !== $this->w[$i]) {
            return false;
        }
        if ($i == strlen($this->w) - 1) {
            return true;
        }
        $this->grid[$r][$c] = '#';
        $found = ($r > 0 && $this->follow($r - 1, $c, $i + 1))
            || ($r + 1 < $this->rows && $this->follow($r + 1, $c, $i + 1))
            || ($c > 0 && $this->follow($r, $c - 1, $i + 1))
            || ($c + 1 < $this->cols && $this->follow($r, $c + 1, $i + 1));
        $this->grid[$r][$c] = $this->w[$i];
        return $found;
    }
}
