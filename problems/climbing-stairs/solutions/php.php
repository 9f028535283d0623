<?php
class Solution {
    function climbStairs($n) {
        // ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values
        $a = 1; // ways(0)
        $b = 1; // ways(1)
        for ($i = 2; $i <= $n; $i++) {
            $c = $a + $b;
            $a = $b;
            $b = $c;
        }
        return $b;
    }
}
