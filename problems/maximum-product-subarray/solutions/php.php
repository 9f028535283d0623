<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function maxProduct($nums) {
        // $hi / $lo = largest / smallest product of a subarray ending at the current element: a
        // negative number turns the smallest product into the largest one
        $hi = $lo = $best = $nums[0];
        $n = count($nums);
        for ($i = 1; $i < $n; $i++) {
            $x = $nums[$i];
            $a = $hi * $x;
            $b = $lo * $x;
            if ($a < $b) { $t = $a; $a = $b; $b = $t; }
            $hi = $x > $a ? $x : $a;
            $lo = $x < $b ? $x : $b;
            if ($hi > $best) $best = $hi;
        }
        return $best;
    }
}
