<?php
class Solution {
    /**
     * @param Integer[][] $intervals
     * @return Integer
     */
    function eraseOverlapIntervals($intervals) {
        usort($intervals, function ($a, $b) { return $a[1] <=> $b[1]; });
        $removed = 0;
        $lastEnd = PHP_INT_MIN;
        foreach ($intervals as $iv) {
            if ($iv[0] >= $lastEnd) {
                $lastEnd = $iv[1];
            } else {
                $removed++;
            }
        }
        return $removed;
    }
}
