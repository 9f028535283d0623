<?php
class Solution {
    // Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
    // length). From each of the 2n - 1 centres, grow outwards while the letters on both sides
    // match: each step outwards is one more palindrome around that centre.

    /**
     * @param String $s
     * @return Integer
     */
    function countSubstrings($s) {
        $n = strlen($s);
        $count = 0;
        for ($centre = 0; $centre < 2 * $n - 1; $centre++) {
            $lo = $centre >> 1;
            $hi = $lo + ($centre & 1);
            while ($lo >= 0 && $hi < $n && $s[$lo] === $s[$hi]) {
                $count++;
                $lo--;
                $hi++;
            }
        }
        return $count;
    }
}
