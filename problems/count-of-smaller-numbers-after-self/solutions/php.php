<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer[]
     */
    function countSmaller($nums) {
        // Walk from the right end; a Fenwick tree over the ranks of the values counts how many of
        // the values already passed have a smaller rank. O(n log n).
        $n = count($nums);
        $distinct = array_keys(array_flip($nums));
        sort($distinct);
        $ranks = array_flip($distinct);
        $size = count($distinct);
        $tree = array_fill(0, $size + 1, 0);
        $out = array_fill(0, $n, 0);
        for ($i = $n - 1; $i >= 0; $i--) {
            $r = $ranks[$nums[$i]] + 1;
            $s = 0;
            for ($j = $r - 1; $j > 0; $j &= $j - 1) $s += $tree[$j];
            $out[$i] = $s;
            for (; $r <= $size; $r += $r & -$r) $tree[$r]++;
        }
        return $out;
    }
}
