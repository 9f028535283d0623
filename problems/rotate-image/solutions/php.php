<?php
class Solution {
    function rotate(&$matrix) {
        $n = count($matrix);
        for ($i = 0; $i < $n; $i++)
            for ($j = $i + 1; $j < $n; $j++) {
                $t = $matrix[$i][$j]; $matrix[$i][$j] = $matrix[$j][$i]; $matrix[$j][$i] = $t;
            }
        foreach ($matrix as &$row) $row = array_reverse($row);
    }
}
