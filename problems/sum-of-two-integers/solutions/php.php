<?php
class Solution {
    /**
     * @param Integer $a
     * @param Integer $b
     * @return Integer
     */
    function getSum($a, $b) {
        // a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
        // PHP's integers are 64-bit: keep everything to 32 bits, then restore the sign.
        $mask = 0xFFFFFFFF;
        $a &= $mask;
        $b &= $mask;
        while ($b != 0) {
            $carry = (($a & $b) << 1) & $mask;
            $a = ($a ^ $b) & $mask;
            $b = $carry;
        }
        return $a <= 0x7FFFFFFF ? $a : ~($a ^ $mask);
    }
}
