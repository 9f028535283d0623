<?php
// Correct but slow: for every position, count the smaller values to its right one by one:
// n * (n - 1) / 2 comparisons, 5 * 10^9 when n = 100000.
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer[]
     */
    function countSmaller($nums) {
        $n = count($nums);
        $out = array_fill(0, $n, 0);
        for ($i = 0; $i < $n; $i++) {
            $c = 0;
            for ($j = $i + 1; $j < $n; $j++) {
                if ($nums[$j] < $nums[$i]) $c++;
            }
            $out[$i] = $c;
        }
        return $out;
    }
}
