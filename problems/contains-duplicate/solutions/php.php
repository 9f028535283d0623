<?php
class Solution {
    function containsDuplicate($nums) {
        // remember every value seen; a value seen before is a repeat
        $seen = [];
        foreach ($nums as $x) {
            if (isset($seen[$x])) {
                return true;
            }
            $seen[$x] = true;
        }
        return false;
    }
}
