<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function lengthOfLIS($nums) {
        // tails[i] = smallest possible last value of an increasing subsequence of length i + 1
        $tails = [];
        $size = 0;
        foreach ($nums as $x) {
            $lo = 0;
            $hi = $size;
            while ($lo < $hi) {
                $mid = ($lo + $hi) >> 1;
                if ($tails[$mid] < $x) $lo = $mid + 1;
                else $hi = $mid;
            }
            $tails[$lo] = $x;
            if ($lo === $size) $size++;
        }
        return $size;
    }
}
