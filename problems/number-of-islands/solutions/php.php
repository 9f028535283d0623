<?php
class Solution {
    function numIslands($grid) {
        // iterative flood fill with an explicit stack (no recursion); the grid is flattened
        // into one string and visited land is overwritten with '0'
        $rows = count($grid);
        $cols = strlen($grid[0]);
        $land = implode('', $grid);
        $total = $rows * $cols;
        $islands = 0;
        $start = strpos($land, '1');
        while ($start !== false) {
            $islands++;
            $land[$start] = '0';
            $stack = [$start];
            while ($stack) {
                $cell = array_pop($stack);
                $c = $cell % $cols;
                if ($cell >= $cols && $land[$cell - $cols] === '1') {
                    $land[$cell - $cols] = '0';
                    $stack[] = $cell - $cols;
                }
                if ($cell + $cols < $total && $land[$cell + $cols] === '1') {
                    $land[$cell + $cols] = '0';
                    $stack[] = $cell + $cols;
                }
                if ($c > 0 && $land[$cell - 1] === '1') {
                    $land[$cell - 1] = '0';
                    $stack[] = $cell - 1;
                }
                if ($c + 1 < $cols && $land[$cell + 1] === '1') {
                    $land[$cell + 1] = '0';
                    $stack[] = $cell + 1;
                }
            }
            $start = strpos($land, '1', $start + 1);
        }
        return $islands;
    }
}
