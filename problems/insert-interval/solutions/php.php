<?php
class Solution {
    /**
     * @param Integer[][] $intervals
     * @param Integer[] $newInterval
     * @return Integer[][]
     */
    function insert($intervals, $newInterval) {
        [$start, $end] = $newInterval;
        $result = [];
        $i = 0;
        $n = count($intervals);
        while ($i < $n && $intervals[$i][1] < $start) {
            $result[] = $intervals[$i];
            $i++;
        }
        while ($i < $n && $intervals[$i][0] <= $end) {
            if ($intervals[$i][0] < $start) $start = $intervals[$i][0];
            if ($intervals[$i][1] > $end) $end = $intervals[$i][1];
            $i++;
        }
        $result[] = [$start, $end];
        for (; $i < $n; $i++) $result[] = $intervals[$i];
        return $result;
    }
}
