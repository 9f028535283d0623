<?php
class Solution {
    /**
     * @param Integer[][] $matrix
     * @return Integer
     */
    function longestIncreasingPath($matrix) {
        // Cells taken from the highest value down: each strictly higher neighbour is already final.
        $rows = count($matrix);
        $cols = count($matrix[0]);
        $total = $rows * $cols;
        $flat = array_merge(...$matrix);
        arsort($flat);
        $best = array_fill(0, $total, 1);
        $answer = 0;
        foreach ($flat as $i => $v) {
            $c = $i % $cols;
            $b = 1;
            if ($i >= $cols && $flat[$i - $cols] > $v && $best[$i - $cols] >= $b) $b = $best[$i - $cols] + 1;
            if ($i + $cols < $total && $flat[$i + $cols] > $v && $best[$i + $cols] >= $b) $b = $best[$i + $cols] + 1;
            if ($c > 0 && $flat[$i - 1] > $v && $best[$i - 1] >= $b) $b = $best[$i - 1] + 1;
            if ($c + 1 < $cols && $flat[$i + 1] > $v && $best[$i + 1] >= $b) $b = $best[$i + 1] + 1;
            $best[$i] = $b;
            if ($b > $answer) $answer = $b;
        }
        return $answer;
    }
}
