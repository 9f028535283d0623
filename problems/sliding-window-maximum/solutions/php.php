<?php
class Solution {
    function maxSlidingWindow($nums, $k) {
        // $dq[$head..$tail) holds indices of the window whose values strictly decrease;
        // the front is the maximum
        $n = count($nums);
        $dq = [];
        $head = 0;
        $tail = 0;
        $out = [];
        for ($i = 0; $i < $n; $i++) {
            $x = $nums[$i];
            while ($tail > $head && $nums[$dq[$tail - 1]] <= $x) $tail--;
            $dq[$tail++] = $i;
            if ($dq[$head] <= $i - $k) $head++;
            if ($i >= $k - 1) $out[] = $nums[$dq[$head]];
        }
        return $out;
    }
}
