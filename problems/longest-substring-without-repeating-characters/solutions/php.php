<?php
class Solution {
    function lengthOfLongestSubstring($s) {
        $last = []; // character -> last index where it was seen
        $best = 0;
        $start = 0; // the window s[start..i] has no repeated character
        $n = strlen($s);
        for ($i = 0; $i < $n; $i++) {
            $c = $s[$i];
            if (isset($last[$c]) && $last[$c] >= $start) {
                $start = $last[$c] + 1;
            }
            $last[$c] = $i;
            if ($i - $start + 1 > $best) {
                $best = $i - $start + 1;
            }
        }
        return $best;
    }
}
