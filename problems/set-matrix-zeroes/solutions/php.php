<?php
class Solution {
    /**
     * @param Integer[][] $matrix
     * @return NULL
     */
    function setZeroes(&$matrix) {
        // First mark the rows and columns holding a 0, then clear them: clearing at once would let
        // the new zeros spread too.
        $m = count($matrix);
        $n = count($matrix[0]);
        $zeroRow = [];
        $zeroCol = [];
        for ($i = 0; $i < $m; $i++) {
            for ($j = 0; $j < $n; $j++) {
                if ($matrix[$i][$j] == 0) {
                    $zeroRow[$i] = true;
                    $zeroCol[$j] = true;
                }
            }
        }
        $zeros = array_fill(0, $n, 0);
        $cols = array_keys($zeroCol);
        for ($i = 0; $i < $m; $i++) {
            if (isset($zeroRow[$i])) {
                $matrix[$i] = $zeros;
            } else {
                foreach ($cols as $j) {
                    $matrix[$i][$j] = 0;
                }
            }
        }
    }
}
