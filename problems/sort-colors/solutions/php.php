<?php
class Solution {
    function sortColors(&$nums) {
        // three markers: [0, low) is red, (high, end] is blue, [low, mid) is white
        $low = 0;
        $mid = 0;
        $high = count($nums) - 1;
        while ($mid <= $high) {
            if ($nums[$mid] == 0) {
                [$nums[$low], $nums[$mid]] = [$nums[$mid], $nums[$low]];
                $low++;
                $mid++;
            } elseif ($nums[$mid] == 1) {
                $mid++;
            } else {
                [$nums[$mid], $nums[$high]] = [$nums[$high], $nums[$mid]];
                $high--;
            }
        }
    }
}
