<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Boolean
     */
    function canPartition($nums) {
        $total = array_sum($nums);
        if ($total % 2 === 1) return false;
        $target = intdiv($total, 2);
        // $reach[s] = true when some of the numbers seen so far add up to s
        $reach = array_fill(0, $target + 1, false);
        $reach[0] = true;
        foreach ($nums as $x) {
            // downwards, so that each number is used at most once
            for ($s = $target; $s >= $x; $s--) {
                if ($reach[$s - $x]) $reach[$s] = true;
            }
        }
        return $reach[$target];
    }
}
