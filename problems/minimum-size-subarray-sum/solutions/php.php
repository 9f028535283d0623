<?php
class Solution {
    function minSubArrayLen($target, $nums) {
        // grow the window to the right; while it reaches the target, record it and drop its left end
        $n = count($nums);
        $best = $n + 1;
        $total = 0;
        $left = 0;
        for ($right = 0; $right < $n; $right++) {
            $total += $nums[$right];
            while ($total >= $target) {
                if ($right - $left + 1 < $best) {
                    $best = $right - $left + 1;
                }
                $total -= $nums[$left];
                $left++;
            }
        }
        return $best <= $n ? $best : 0;
    }
}
