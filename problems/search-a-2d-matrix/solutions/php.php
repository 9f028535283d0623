<?php
class Solution {
    /**
     * @param Integer[][] $matrix
     * @param Integer $target
     * @return Boolean
     */
    function searchMatrix($matrix, $target) {
        // the rows, read one after the other, form one sorted list of m * n numbers:
        // binary search over its positions; position p is the cell (p / n, p % n)
        $m = count($matrix);
        $n = count($matrix[0]);
        $lo = 0;
        $hi = $m * $n - 1;
        while ($lo <= $hi) {
            $mid = intdiv($lo + $hi, 2);
            $value = $matrix[intdiv($mid, $n)][$mid % $n];
            if ($value === $target) return true;
            if ($value < $target) $lo = $mid + 1;
            else $hi = $mid - 1;
        }
        return false;
    }
}
