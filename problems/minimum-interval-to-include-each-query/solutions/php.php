<?php
class Solution {
    /**
     * @param Integer[][] $intervals
     * @param Integer[] $queries
     * @return Integer[]
     */
    function minInterval($intervals, $queries) {
        usort($intervals, function ($a, $b) { return $a[0] <=> $b[0]; });
        $order = array_keys($queries);
        usort($order, function ($a, $b) use ($queries) { return $queries[$a] <=> $queries[$b]; });
        $answers = array_fill(0, count($queries), -1);
        // key = size * 2^24 + right (both below 2^24): ordered by size, the right end kept
        $heap = new SplMinHeap();
        $i = 0;
        $n = count($intervals);
        foreach ($order as $j) {
            $q = $queries[$j];
            while ($i < $n && $intervals[$i][0] <= $q) {
                [$left, $right] = $intervals[$i];
                $heap->insert((($right - $left + 1) << 24) | $right);
                $i++;
            }
            while (!$heap->isEmpty() && ($heap->top() & 0xFFFFFF) < $q) $heap->extract();
            if (!$heap->isEmpty()) $answers[$j] = $heap->top() >> 24;
        }
        return $answers;
    }
}
