<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function missingNumber($nums) {
        // XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
        $acc = count($nums);
        foreach ($nums as $i => $x) {
            $acc ^= $i ^ $x;
        }
        return $acc;
    }
}
