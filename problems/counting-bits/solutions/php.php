<?php
class Solution {
    /**
     * @param Integer $n
     * @return Integer[]
     */
    function countBits($n) {
        // i >> 1 drops the last bit of i and is already done: ans[i] = ans[i >> 1] + (i & 1).
        $ans = [0];
        for ($i = 1; $i <= $n; $i++) {
            $ans[] = $ans[$i >> 1] + ($i & 1);
        }
        return $ans;
    }
}
