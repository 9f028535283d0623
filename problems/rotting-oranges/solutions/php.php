<?php
class Solution {
    /**
     * @param Integer[][] $grid
     * @return Integer
     */
    function orangesRotting($grid) {
        // breadth-first search from all rotten oranges at once, one level per minute,
        // on a flattened copy of the grid
        $rows = count($grid);
        $cols = count($grid[0]);
        $total = $rows * $cols;
        $cells = array_merge(...$grid);
        $fresh = 0;
        $frontier = [];
        foreach ($cells as $i => $v) {
            if ($v === 1) $fresh++;
            elseif ($v === 2) $frontier[] = $i;
        }
        $minutes = 0;
        while ($frontier && $fresh > 0) {
            $next = [];
            foreach ($frontier as $cell) {
                $c = $cell % $cols;
                if ($cell >= $cols && $cells[$cell - $cols] === 1) { $cells[$cell - $cols] = 2; $next[] = $cell - $cols; }
                if ($cell + $cols < $total && $cells[$cell + $cols] === 1) { $cells[$cell + $cols] = 2; $next[] = $cell + $cols; }
                if ($c > 0 && $cells[$cell - 1] === 1) { $cells[$cell - 1] = 2; $next[] = $cell - 1; }
                if ($c + 1 < $cols && $cells[$cell + 1] === 1) { $cells[$cell + 1] = 2; $next[] = $cell + 1; }
            }
            $fresh -= count($next);
            $frontier = $next;
            $minutes++;
        }
        return $fresh === 0 ? $minutes : -1;
    }
}
