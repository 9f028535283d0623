<?php
class Solution {
    function twoSum($nums, $target) {
        $seen = [];
        foreach ($nums as $i => $x) {
            $need = $target - $x;
            if (isset($seen[$need])) {
                return [$seen[$need], $i];
            }
            $seen[$x] = $i;
        }
        return [];
    }
}
