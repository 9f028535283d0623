<?php
class Solution {
    function threeSum($nums) {
        // O(d^2) over the distinct values d <= n: choose a <= b, then c = -a - b must be >= b
        $cnt = array_count_values($nums);
        $vals = array_keys($cnt);
        sort($vals);
        $d = count($vals);
        $res = [];
        for ($i = 0; $i < $d; $i++) {
            $a = $vals[$i];
            if ($a > 0) {
                break;
            }
            for ($j = $i; $j < $d; $j++) {
                $b = $vals[$j];
                $c = -$a - $b;
                if ($c < $b) {
                    break;
                }
                if (!isset($cnt[$c])) {
                    continue;
                }
                if ($a == $b && $b == $c) {
                    $ok = $cnt[$a] >= 3;
                } elseif ($a == $b) {
                    $ok = $cnt[$a] >= 2;
                } elseif ($b == $c) {
                    $ok = $cnt[$b] >= 2;
                } else {
                    $ok = true;
                }
                if ($ok) {
                    $res[] = [$a, $b, $c];
                }
            }
        }
        return $res;
    }
}
