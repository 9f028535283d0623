<?php
class Solution {
    /**
     * @param Integer[] $gas
     * @param Integer[] $cost
     * @return Integer
     */
    function canCompleteCircuit($gas, $cost) {
        $total = 0;
        $tank = 0;
        $start = 0;
        $n = count($gas);
        for ($i = 0; $i < $n; $i++) {
            $diff = $gas[$i] - $cost[$i];
            $total += $diff;
            $tank += $diff;
            if ($tank < 0) {
                $start = $i + 1;
                $tank = 0;
            }
        }
        return $total >= 0 ? $start : -1;
    }
}
