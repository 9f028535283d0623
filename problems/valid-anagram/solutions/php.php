<?php
class Solution {
    function isAnagram($s, $t) {
        if (strlen($s) !== strlen($t)) {
            return false;
        }
        // count_chars(..., 1): byte value => number of occurrences
        return count_chars($s, 1) == count_chars($t, 1);
    }
}
