<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function maxSubArray($nums) {
        $best = $nums[0];
        $current = $nums[0];
        $n = count($nums);
        for ($i = 1; $i < $n; $i++) {
            $current = $current > 0 ? $current + $nums[$i] : $nums[$i];
            if ($current > $best) $best = $current;
        }
        return $best;
    }
}
