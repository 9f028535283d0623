<?php
class Solution {
    /**
     * @param Integer $n
     * @return Integer
     */
    function reverseBits($n) {
        // 32 steps exactly: the lowest bit of n goes onto the end of the answer (PHP ints are 64-bit).
        $res = 0;
        for ($i = 0; $i < 32; $i++) {
            $res = ($res << 1) | ($n & 1);
            $n >>= 1;
        }
        return $res;
    }
}
