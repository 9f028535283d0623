<?php
class Solution {
    /**
     * @param Integer $target
     * @param Integer[] $position
     * @param Integer[] $speed
     * @return Integer
     */
    function carFleet($target, $position, $speed) {
        // closest car to the target first
        $order = $position;
        arsort($order);
        // a car starts a new fleet only if it arrives strictly later than the fleet in front of it;
        // times (target - p) / s are compared exactly: d1 / s1 > d2 / s2  <=>  d1 * s2 > d2 * s1
        $fleets = 0;
        $leadD = 0;
        $leadS = 1;
        foreach ($order as $i => $p) {
            $d = $target - $p;
            $s = $speed[$i];
            if ($d * $leadS > $leadD * $s) {
                $fleets++;
                $leadD = $d;
                $leadS = $s;
            }
        }
        return $fleets;
    }
}
