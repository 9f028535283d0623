<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function maxCoins($nums) {
        // $v = the balloons with a balloon worth 1 added at each end (never burst)
        $v = array_merge([1], $nums, [1]);
        $n = count($v);
        // $best[l][r] = most coins from bursting every balloon strictly between l and r while l and r
        // are still there; $byCol[r][l] holds the same value, so the inner loop reads two rows
        $best = array_fill(0, $n, array_fill(0, $n, 0));
        $byCol = $best;
        for ($gap = 2; $gap < $n; $gap++) {
            for ($l = 0; $l + $gap < $n; $l++) {
                $r = $l + $gap;
                $w = $v[$l] * $v[$r];
                $row = $best[$l];
                $col = $byCol[$r];
                $b = 0;
                // k = the balloon between l and r burst LAST: its neighbours are then l and r
                for ($k = $l + 1; $k < $r; $k++) {
                    $c = $row[$k] + $col[$k] + $w * $v[$k];
                    if ($c > $b) $b = $c;
                }
                $best[$l][$r] = $b;
                $byCol[$r][$l] = $b;
            }
        }
        return $best[0][$n - 1];
    }
}
