<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Boolean
     */
    function canJump($nums) {
        $farthest = 0;
        $last = count($nums) - 1;
        foreach ($nums as $i => $step) {
            if ($i > $farthest) return false;
            if ($i + $step > $farthest) $farthest = $i + $step;
            if ($farthest >= $last) return true;
        }
        return true;
    }
}
