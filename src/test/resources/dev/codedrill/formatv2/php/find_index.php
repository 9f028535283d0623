<?php

class Solution {
    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer|null
     */
    function findIndex($nums, $target) {
        foreach ($nums as $i => $v) {
            if ($v === $target) {
                return $i;
            }
        }
        return null;
    }
}
