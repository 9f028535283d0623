<?php
class Solution {
    /**
     * @param String $s
     * @param String $t
     * @return Integer
     */
    function numDistinct($s, $t) {
        $m = strlen($t);
        $n = strlen($s);
        // $ways[j] = number of ways to pick t[0..j) as a subsequence of the part of s read so far
        $ways = array_fill(0, $m + 1, 0);
        $ways[0] = 1;
        for ($i = 0; $i < $n; $i++) {
            $c = $s[$i];
            // right to left, so that $ways[j - 1] still counts the part of s before this letter
            for ($j = $m; $j >= 1; $j--) {
                if ($t[$j - 1] === $c) {
                    $ways[$j] += $ways[$j - 1];
                }
            }
        }
        return $ways[$m];
    }
}
