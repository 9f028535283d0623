<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer
     */
    function search($nums, $target) {
        $lo = 0;
        $hi = count($nums) - 1;
        while ($lo <= $hi) {
            $mid = intdiv($lo + $hi, 2);
            if ($nums[$mid] === $target) return $mid;
            if ($nums[$lo] <= $nums[$mid]) {
                // left half nums[lo..mid] is sorted
                if ($nums[$lo] <= $target && $target < $nums[$mid]) $hi = $mid - 1;
                else $lo = $mid + 1;
            } else {
                // right half nums[mid..hi] is sorted
                if ($nums[$mid] < $target && $target <= $nums[$hi]) $lo = $mid + 1;
                else $hi = $mid - 1;
            }
        }
        return -1;
    }
}
