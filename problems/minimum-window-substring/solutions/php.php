<?php
class Solution {
    /**
     * @param String $s
     * @param String $t
     * @return String
     */
    function minWindow($s, $t) {
        $n = strlen($s);
        $need = array_fill(0, 128, 0);
        $tl = strlen($t);
        for ($i = 0; $i < $tl; $i++) $need[ord($t[$i])]++;
        $missing = $tl;  // characters of t not yet covered by the window
        $bestStart = 0;
        $bestLen = $n + 1;
        $left = 0;
        for ($right = 0; $right < $n; $right++) {
            $c = ord($s[$right]);
            if ($need[$c] > 0) $missing--;
            $need[$c]--;
            while ($missing === 0) {
                // window s[left..right] is valid; record it, then shrink from the left
                if ($right - $left + 1 < $bestLen) {  // strict: keeps the leftmost minimum
                    $bestStart = $left;
                    $bestLen = $right - $left + 1;
                }
                $lc = ord($s[$left]);
                $need[$lc]++;
                if ($need[$lc] > 0) $missing++;
                $left++;
            }
        }
        return $bestLen <= $n ? substr($s, $bestStart, $bestLen) : "";
    }
}
