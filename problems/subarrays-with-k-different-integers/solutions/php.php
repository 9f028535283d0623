<?php
class Solution {
    function subarraysWithKDistinct($nums, $k) {
        // exactly k = (at most k) - (at most k - 1)
        return $this->atMost($nums, $k) - $this->atMost($nums, $k - 1);
    }

    private function atMost($nums, $limit) {
        if ($limit <= 0) {
            return 0;
        }
        $count = [];
        $distinct = 0;
        $left = 0;
        $total = 0;
        $n = count($nums);
        for ($right = 0; $right < $n; $right++) {
            $x = $nums[$right];
            if (isset($count[$x])) {
                $count[$x]++;
            } else {
                $count[$x] = 1;
                $distinct++;
            }
            while ($distinct > $limit) {
                $y = $nums[$left++];
                if (--$count[$y] === 0) {
                    unset($count[$y]);
                    $distinct--;
                }
            }
            // every subarray ending at right and starting in [left, right] has at most $limit values
            $total += $right - $left + 1;
        }
        return $total;
    }
}
