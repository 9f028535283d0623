<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function jump($nums) {
        // Breadth-first by layers: $end closes the run of stones reachable with $jumps jumps. O(n).
        $jumps = 0;
        $end = 0;
        $farthest = 0;
        $last = count($nums) - 1;
        for ($i = 0; $i < $last; $i++) {
            if ($i + $nums[$i] > $farthest) $farthest = $i + $nums[$i];
            if ($i == $end) {
                $jumps++;
                $end = $farthest;
            }
        }
        return $jumps;
    }
}
