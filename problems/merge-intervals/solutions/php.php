<?php
class Solution {
    /**
     * @param Integer[][] $intervals
     * @return Integer[][]
     */
    function merge($intervals) {
        usort($intervals, function ($a, $b) { return $a[0] <=> $b[0]; });
        $result = [];
        $count = 0;
        foreach ($intervals as $iv) {
            if ($count > 0 && $iv[0] <= $result[$count - 1][1]) {
                if ($iv[1] > $result[$count - 1][1]) {
                    $result[$count - 1][1] = $iv[1];
                }
            } else {
                $result[] = [$iv[0], $iv[1]];
                $count++;
            }
        }
        return $result;
    }
}
