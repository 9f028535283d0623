<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer|null
     */
    function majority($nums) {
        // Pairing off different values (Boyer-Moore voting): a majority survives every pairing, so it
        // is the last candidate left. Any array leaves a candidate, so count it to be sure.
        $candidate = 0;
        $votes = 0;
        foreach ($nums as $x) {
            if ($votes == 0) {
                $candidate = $x;
                $votes = 1;
            } elseif ($x === $candidate) {
                $votes++;
            } else {
                $votes--;
            }
        }
        $count = 0;
        foreach ($nums as $x) {
            if ($x === $candidate) $count++;
        }
        return 2 * $count > count($nums) ? $candidate : null;
    }
}
