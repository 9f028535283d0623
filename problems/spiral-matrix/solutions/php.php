<?php
class Solution {
    /**
     * @param Integer[][] $matrix
     * @return Integer[]
     */
    function spiralOrder($matrix) {
        // Four borders move inwards after each side is walked; the bottom row and the left column are
        // walked only while the borders have not crossed (else a single row or column repeats).
        $res = [];
        $top = 0;
        $bottom = count($matrix) - 1;
        $left = 0;
        $right = count($matrix[0]) - 1;
        while ($top <= $bottom && $left <= $right) {
            for ($c = $left; $c <= $right; $c++) $res[] = $matrix[$top][$c];
            $top++;
            for ($r = $top; $r <= $bottom; $r++) $res[] = $matrix[$r][$right];
            $right--;
            if ($top <= $bottom) {
                for ($c = $right; $c >= $left; $c--) $res[] = $matrix[$bottom][$c];
                $bottom--;
            }
            if ($left <= $right) {
                for ($r = $bottom; $r >= $top; $r--) $res[] = $matrix[$r][$left];
                $left++;
            }
        }
        return $res;
    }
}
