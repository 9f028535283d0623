<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @param Integer $k
     * @return Integer
     */
    function splitArray($nums, $k) {
        // binary search on the answer: the largest part is at least max(nums), at most sum(nums)
        $lo = max($nums);
        $hi = array_sum($nums);
        while ($lo < $hi) {
            $mid = intdiv($lo + $hi, 2);
            if ($this->fits($nums, $k, $mid)) $hi = $mid;
            else $lo = $mid + 1;
        }
        return $lo;
    }

    // greedy: extend the current part while it stays within limit; count the parts
    private function fits($nums, $k, $limit) {
        $parts = 1;
        $current = 0;
        foreach ($nums as $x) {
            $current += $x;
            if ($current > $limit) {
                $parts++;
                if ($parts > $k) return false;
                $current = $x;
            }
        }
        return true;
    }
}
