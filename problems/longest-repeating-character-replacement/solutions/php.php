<?php
class Solution {
    function characterReplacement($s, $k) {
        // window s[left..right]; it never shrinks below the best length found, so the largest
        // count of one letter ($best) need not be recomputed when the left end moves
        $count = array_fill(0, 26, 0);
        $n = strlen($s);
        $left = 0;
        $best = 0;
        for ($right = 0; $right < $n; $right++) {
            $c = ord($s[$right]) - 65;
            $count[$c]++;
            if ($count[$c] > $best) $best = $count[$c];
            if ($right - $left + 1 - $best > $k) {
                $count[ord($s[$left]) - 65]--;
                $left++;
            }
        }
        return $n - $left;
    }
}
