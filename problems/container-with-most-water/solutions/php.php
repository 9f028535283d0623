<?php
class Solution {
    function maxArea($height) {
        // two pointers: always move the lower wall inward
        $i = 0;
        $j = count($height) - 1;
        $best = 0;
        while ($i < $j) {
            if ($height[$i] < $height[$j]) {
                $area = ($j - $i) * $height[$i];
                $i++;
            } else {
                $area = ($j - $i) * $height[$j];
                $j--;
            }
            if ($area > $best) {
                $best = $area;
            }
        }
        return $best;
    }
}
