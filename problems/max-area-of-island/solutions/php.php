<?php
class Solution {
    /**
     * @param Integer[][] $grid
     * @return Integer
     */
    function maxAreaOfIsland($grid) {
        // iterative flood fill with an explicit stack (an island can be a path of 500000 cells);
        // the grid is flattened into one string of '0'/'1' and visited land is overwritten with '0'
        $rows = count($grid);
        $cols = count($grid[0]);
        $parts = [];
        foreach ($grid as $row) {
            $parts[] = implode('', $row);
        }
        $land = implode('', $parts);
        $total = $rows * $cols;
        $best = 0;
        $start = strpos($land, '1');
        while ($start !== false) {
            $land[$start] = '0';
            $stack = [$start];
            $size = 0;
            while ($stack) {
                $cell = array_pop($stack);
                $size++;
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
            if ($size > $best) $best = $size;
            $start = strpos($land, '1', $start + 1);
        }
        return $best;
    }
}
