<?php
class Solution {
    /**
     * @param Integer $m
     * @param Integer $n
     * @return Integer
     */
    function uniquePaths($m, $n) {
        // $row[j] = number of routes to the cell of the current row in column j (PHP ints are 64-bit)
        $row = array_fill(0, $n, 1);
        for ($i = 1; $i < $m; $i++) {
            for ($j = 1; $j < $n; $j++) {
                $row[$j] += $row[$j - 1]; // from above plus from the left
            }
        }
        return $row[$n - 1];
    }
}
