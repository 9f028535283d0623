<?php
class Solution {
    /**
     * @param String $s
     * @return Integer[]
     */
    function partitionLabels($s) {
        $n = strlen($s);
        $last = [];
        for ($i = 0; $i < $n; $i++) $last[$s[$i]] = $i;
        $sizes = [];
        $start = 0;
        $end = 0;
        for ($i = 0; $i < $n; $i++) {
            if ($last[$s[$i]] > $end) $end = $last[$s[$i]];
            if ($i == $end) {
                $sizes[] = $end - $start + 1;
                $start = $i + 1;
            }
        }
        return $sizes;
    }
}
