<?php
class Solution {
    /**
     * @param Float $x
     * @param Integer $n
     * @return Float
     */
    function myPow($x, $n) {
        // binary exponentiation: O(log |n|) multiplications
        $x = (float)$x;
        if ($n < 0) {
            $x = 1.0 / $x;
            $n = -$n;
        }
        $result = 1.0;
        while ($n > 0) {
            if ($n & 1) $result *= $x;
            $x *= $x;
            $n >>= 1;
        }
        return $result;
    }
}
