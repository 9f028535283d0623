<?php
class Solution {
    /**
     * @param Integer[] $nums
     * @return Integer[][]
     */
    function subsets($nums) {
        // sort, then for each value add a copy of every subset so far with the value appended:
        // the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
        sort($nums);
        $result = [[]];
        foreach ($nums as $x) {
            $count = count($result);
            for ($i = 0; $i < $count; $i++) {
                $s = $result[$i];
                $s[] = $x;
                $result[] = $s;
            }
        }
        return $result;
    }
}
