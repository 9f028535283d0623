<?php
class Solution {
    function productExceptSelf($nums) {
        $n = count($nums);
        $answer = array_fill(0, $n, 1);
        // answer[i] = (product of nums[0..i-1]) * (product of nums[i+1..n-1])
        $prefix = 1;
        for ($i = 0; $i < $n; $i++) {
            $answer[$i] = $prefix;
            $prefix *= $nums[$i];
        }
        $suffix = 1;
        for ($i = $n - 1; $i >= 0; $i--) {
            $answer[$i] *= $suffix;
            $suffix *= $nums[$i];
        }
        return $answer;
    }
}
