<?php

class Solution {
    /**
     * @param String[][] $board
     * @param String $target
     * @param String $mark
     * @return NULL
     */
    function fill(&$board, $target, $mark) {
        // Change $board in place: return nothing
        foreach ($board as &$row) {
            foreach ($row as &$c) {
                if ($c === $target) {
                    $c = $mark;
                }
            }
            unset($c);
        }
        unset($row);
    }
}
