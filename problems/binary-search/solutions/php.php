<?php
class Solution {
    function search($nums, $target) {
        $lo = 0;
        $hi = count($nums) - 1;
        while ($lo <= $hi) {
            $mid = intdiv($lo + $hi, 2);
            if ($nums[$mid] == $target) {
                return $mid;
            }
            if ($nums[$mid] < $target) {
                $lo = $mid + 1;
            } else {
                $hi = $mid - 1;
            }
        }
        return -1;
    }
}
