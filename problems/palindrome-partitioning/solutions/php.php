<?php
class Solution {
    private $s;
    private $n;
    private $pal;
    private $result;
    private $pieces;

    /**
     * @param String $s
     * @return String[][]
     */
    function partition($s) {
        // pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next
        // piece starts where the last one ended and must be a palindrome, so every branch ends in an
        // answer
        $n = strlen($s);
        $pal = array_fill(0, $n, array_fill(0, $n, false));
        for ($i = $n - 1; $i >= 0; $i--) {
            for ($j = $i; $j < $n; $j++) {
                $pal[$i][$j] = $s[$i] === $s[$j] && ($j - $i < 2 || $pal[$i + 1][$j - 1]);
            }
        }
        $this->s = $s;
        $this->n = $n;
        $this->pal = $pal;
        $this->result = [];
        $this->pieces = [];
        $this->cut(0);
        return $this->result;
    }

    private function cut($start) {
        if ($start == $this->n) {
            $this->result[] = $this->pieces;
            return;
        }
        for ($end = $start; $end < $this->n; $end++) {
            if ($this->pal[$start][$end]) {
                $this->pieces[] = substr($this->s, $start, $end - $start + 1);
                $this->cut($end + 1);
                array_pop($this->pieces);
            }
        }
    }
}
