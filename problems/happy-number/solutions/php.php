<?php
class Solution {
    /**
     * @param Integer $n
     * @return Boolean
     */
    function isHappy($n) {
        // follow the sequence until it reaches 1 or repeats a number (then it loops forever)
        $seen = [];
        while ($n != 1 && !isset($seen[$n])) {
            $seen[$n] = true;
            $total = 0;
            while ($n > 0) {
                $d = $n % 10;
                $total += $d * $d;
                $n = intdiv($n, 10);
            }
            $n = $total;
        }
        return $n == 1;
    }
}
