<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function singleNumber($nums) {
        // x ^ x == 0 and x ^ 0 == x: every pair cancels out, the lonely value stays.
        $acc = 0;
        foreach ($nums as $x) {
            $acc ^= $x;
        }
        return $acc;
    }
}
