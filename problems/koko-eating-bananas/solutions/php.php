<?php
class Solution {
    /**
     * @param Integer[] $piles
     * @param Integer $h
     * @return Integer
     */
    function minEatingSpeed($piles, $h) {
        $lo = 1;
        $hi = max($piles);  // speed max(piles) always works since h >= count(piles)
        while ($lo < $hi) {
            $mid = intdiv($lo + $hi, 2);
            $hours = 0;
            foreach ($piles as $p) $hours += intdiv($p + $mid - 1, $mid);
            if ($hours <= $h) $hi = $mid;
            else $lo = $mid + 1;
        }
        return $lo;
    }
}
